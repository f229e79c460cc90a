/**
 * The class kit's links: the exercise, the slides and the handout of one choice of events, in
 * one language, with the dataset wherever it lives (the shipped one needs nothing; a hosted one
 * goes in ?data=; one opened from a file or a shared link travels compressed in the fragment).
 * Commas between ids stay commas: shorter links make smaller QR codes.
 */
import type { Lang } from '../model/types.ts';

export type KitData = { kind: 'shipped' } | { kind: 'hosted'; url: string } | { kind: 'fragment'; value: string };

export interface KitChoice {
  lang: Lang;
  /** The events, or null for a round drawn from the seed (the exercise) and every event (slides, handout). */
  events: readonly string[] | null;
  seed: number;
  data: KitData;
}

export type KitView = 'quiz' | 'present' | 'print';

/** The page's own address without query or hash: where every link starts. */
export function pageAddress(href: string): string {
  const url = new URL(href);
  return url.origin + url.pathname;
}

export function kitLink(page: string, view: KitView, choice: KitChoice): string {
  const params: [string, string][] = [['lang', choice.lang], ['view', view]];
  if (choice.data.kind === 'hosted') params.push(['data', choice.data.url]);
  if (view === 'quiz') params.push(['seed', String(choice.seed >>> 0)]);
  if (choice.events) params.push(['events', choice.events.join(',')]);
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
  return `${page}?${query}${choice.data.kind === 'fragment' ? `#data=${choice.data.value}` : ''}`;
}

/** Links up to this length are offered with the dataset inside: browsers take far longer ones, but mail, chat and learning platforms cut them. */
export const LINK_MAX = 64_000;
