export { suggestDates, parseReference } from './suggest.ts';
export type { DateSuggestion, Lang, Precision } from './types.ts';
