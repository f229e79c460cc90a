/**
 * The URL contract, parsed and written in one place:
 *   ?lang=de|en  ?embed=1  ?view=present|print|quiz|edit  ?data=<url>  #event=<id>
 *   ?theme=auto|light|dark|contrast  ?lanes=<actor>,<actor>  ?tags=<tag>,<tag>  ?q=<search text>
 *   ?events=<id>,<id>,...  ?seed=<integer>   (the ordering exercise: which events, which shuffle)
 *   ?controls=1 ?reader=1   (an embed with filters and search / with the full reading pane)
 *   #data=<compressed dataset>   (a shared dataset; after #event=<id> when both are there)
 *   ?handout=full|compact|worksheet   (the printed handout's variant)
 *   ?presenter=<channel>   (the presenter window of a slide show, kept in step over that channel)
 * Unknown or invalid values fall back to the default; they never break the page.
 */
import type { Lang } from './model/types.ts';
import { ID_PATTERN as ID } from './model/schema-ids.ts';
import { flag, langParam } from './boot/start.ts';

export type ViewName = 'explore' | 'present' | 'print' | 'quiz' | 'edit';
/** `auto` follows the reader's prefers-color-scheme (light or dark). */
export type Theme = 'auto' | 'light' | 'dark' | 'contrast';
/** The handout's variants: everything, one compact page, a worksheet with the dates left blank. */
export type Handout = 'full' | 'compact' | 'worksheet';
const HANDOUTS: readonly Handout[] = ['full', 'compact', 'worksheet'];

export interface UrlState {
  lang: Lang | null;
  embed: boolean;
  view: ViewName;
  data: string | null;
  event: string | null;
  theme: Theme;
  /** Actor ids whose events to show; empty shows all. Ids the dataset lacks are dropped later (restrict.ts). */
  lanes: string[];
  /** Tag ids whose events to show; empty shows all. */
  tags: string[];
  /** The explorer's search text; empty searches nothing. */
  q: string;
  /** The events a teacher chose for the quiz, in the order given; null means all. */
  events: string[] | null;
  /** The quiz shuffle's seed, an unsigned 32-bit integer; null means the fixed default. */
  seed: number | null;
  /** An embed shows the filters and the search (the explorer always does). */
  controls: boolean;
  /** An embed shows the full reading pane instead of one compact source card. */
  reader: boolean;
  /** Set in a presenter window: the name of the channel that links it to the projected slides. */
  presenter: string | null;
  handout: Handout;
}

const VIEWS: readonly ViewName[] = ['explore', 'present', 'print', 'quiz', 'edit'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'contrast'];
/** A search longer than this is no search anyone typed. */
const MAX_QUERY = 200;

export function parseUrl(href: string): UrlState {
  const url = new URL(href);
  const params = url.searchParams;
  const view = params.get('view') as ViewName | null;
  const embed = params.get('embed');
  return {
    lang: langParam(params.get('lang')),
    embed: flag(embed),
    view: view && VIEWS.includes(view) ? view : 'explore',
    data: params.get('data') || null, // as the first script reads it (lib/boot/start.ts)
    event: eventFromHash(url.hash),
    theme: THEMES.find((theme) => theme === params.get('theme')) ?? 'auto',
    lanes: idList(params.get('lanes')),
    tags: idList(params.get('tags')),
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    events: nonEmpty(idList(params.get('events'))),
    seed: parseSeed(params.get('seed')),
    controls: flag(params.get('controls')),
    reader: flag(params.get('reader')),
    handout: HANDOUTS.find((h) => h === params.get('handout')) ?? 'full',
    presenter: ID.test(params.get('presenter') ?? '') ? params.get('presenter') : null
  };
}

/** "usa, russia,,usa" → ["usa", "russia"]: trimmed, de-duplicated, only well-formed ids. */
export function idList(value: string | null): string[] {
  const ids = (value ?? '').split(',').map((id) => id.trim());
  return [...new Set(ids.filter((id) => ID.test(id)))];
}

const nonEmpty = (ids: string[]) => (ids.length ? ids : null);

/** Decimal digits only, within 0 … 2^32 − 1 (what the seeded shuffle takes). */
function parseSeed(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value.trim())) return null;
  const seed = Number(value.trim());
  return seed <= 0xffffffff ? seed : null;
}

/** `#event=<id>`, or TimelineJS's own bookmark `#event-<id>` (so links into an imported document keep working). */
export function eventFromHash(hash: string): string | null {
  // A host's own fragment after ours (WordPress appends `#?secret=…`) is not part of the deep link.
  const params = new URLSearchParams(hash.replace(/^#\??/, '').split('#')[0].replace(/^event-/, 'event='));
  return params.get('event') || null;
}

/** The dataset carried in the fragment (#data=…, see lib/share), or null. */
export function dataFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('data') || null;
}

/**
 * The hash for a selection, and for a dataset carried in the fragment: `#event=<id>` exactly as
 * ever when there is no such dataset, `#event=<id>&data=…` or `#data=…` when there is.
 */
export function hashFor(eventId: string | null, data: string | null = null): string {
  const parts = [eventId ? `event=${encodeURIComponent(eventId)}` : '', data ? `data=${data}` : ''].filter(Boolean);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The interface language: ?lang wins, else the browser's first German or English preference, else German. */
export { pickLang } from './boot/start.ts';

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

/**
 * The address of the full timeline for an embedded one: the same options and selection, the
 * language made explicit (the embed may have picked it from the browser), and no `embed`.
 */
export function fullTimelineHref(href: string, lang: Lang, eventId: string | null): string {
  return withParams(href, { embed: null, controls: null, reader: null, lang }, eventId);
}

/** The address with its query changed in place (replaceState), keeping the hash: a view a reader made is a link. */
export function replaceParams(changes: Record<string, string | null>): void {
  const next = withParams(location.href, changes);
  if (next === location.href) return;
  try {
    history.replaceState(history.state, '', next);
  } catch {
    // A sandboxed or opaque document may refuse; the view still works, only the link does not follow.
  }
}
