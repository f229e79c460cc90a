/**
 * The URL contract, parsed and written in one place:
 *   ?lang=de|en  ?embed=1  ?view=present|print|quiz  ?data=<url>  #event=<id>
 *   ?events=<id>,<id>,...  ?seed=<integer>   (the ordering exercise: which events, which shuffle)
 * Unknown or invalid values fall back to the default; they never break the page.
 */
import type { Lang } from './model/types.ts';

export type ViewName = 'explore' | 'present' | 'print' | 'quiz';

export interface UrlState {
  lang: Lang | null;
  embed: boolean;
  view: ViewName;
  data: string | null;
  event: string | null;
  /** The events a teacher chose for the quiz, in the order given; null means all. */
  events: string[] | null;
  /** The quiz shuffle's seed, an unsigned 32-bit integer; null means the fixed default. */
  seed: number | null;
}

const VIEWS: readonly ViewName[] = ['explore', 'present', 'print', 'quiz'];

export function parseUrl(href: string): UrlState {
  const url = new URL(href);
  const params = url.searchParams;
  const lang = params.get('lang');
  const view = params.get('view') as ViewName | null;
  const embed = params.get('embed');
  return {
    lang: lang === 'de' || lang === 'en' ? lang : null,
    embed: embed === '1' || embed === 'true',
    view: view && VIEWS.includes(view) ? view : 'explore',
    data: params.get('data') || null,
    event: eventFromHash(url.hash),
    events: parseIdList(params.get('events')),
    seed: parseSeed(params.get('seed'))
  };
}

/** "a,b,,a" → ["a", "b"]: trimmed, empty entries and repeats dropped; nothing left is null. */
function parseIdList(value: string | null): string[] | null {
  if (value === null) return null;
  const ids = [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
  return ids.length ? ids : null;
}

/** Decimal digits only, within 0 … 2^32 − 1 (what the seeded shuffle takes). */
function parseSeed(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value.trim())) return null;
  const seed = Number(value.trim());
  return seed <= 0xffffffff ? seed : null;
}

export function eventFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('event') || null;
}

export function hashFor(eventId: string | null): string {
  return eventId ? `#event=${encodeURIComponent(eventId)}` : '';
}

/** The interface language: ?lang wins, else the browser's first German or English preference, else German. */
export function pickLang(fromUrl: Lang | null, browser: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'de';
}

/** The same address with some query parameters changed (null removes one) and a new hash. */
export function withParams(href: string, changes: Record<string, string | null>, eventId?: string | null): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (eventId !== undefined) url.hash = hashFor(eventId);
  return url.toString();
}
