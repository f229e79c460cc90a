/**
 * What one slide shows of an event's sources. A projector has room for a sentence or two, so a
 * slide shows the first sources in the curator's order (the dataset lists the strongest first)
 * and says how many more the timeline has.
 */
import type { EventData, SourceRef } from '../model/types.ts';

export const SLIDE_SOURCES = 2;

export function slideSources(event: EventData, max = SLIDE_SOURCES): { shown: SourceRef[]; more: number } {
  const shown = event.sources.slice(0, Math.max(0, max));
  return { shown, more: event.sources.length - shown.length };
}

