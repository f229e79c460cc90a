import type { Lang } from '../model/types.ts';
import { de, type Messages } from './de.ts';
import { en } from './en.ts';

export type { Messages };
export const messages: Record<Lang, Messages> = { de, en };
