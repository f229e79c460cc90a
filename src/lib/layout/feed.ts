/**
 * The dividers of the phone feed, at the precision of the events under them: a year-only event
 * is filed under its year ("1978", "44 v. Chr."), others under their month ("Juni 2021"). An
 * event known only to precede another is filed where its bound ends.
 */
import type { TimelineEvent } from '../model/model.ts';
import type { Lang } from '../model/types.ts';
import { formatTick } from '../time/format.ts';
import { ERA, yearLabel } from '../time/era.ts';
import { isDeepYear } from '../time/years.ts';
import type { Spanned } from './span.ts';

export interface FeedRow {
  event: TimelineEvent;
  /** The divider before this event, or null when it belongs under the one before. */
  divider: string | null;
}

function filing(event: TimelineEvent & Spanned): { key: string; at: Date; year: number | null } {
  const at = event.date.before ? new Date(event.interval.end.getTime() - 1) : event.interval.start;
  if (event.date.precision !== 'year') return { key: `m${at.getUTCFullYear()}-${at.getUTCMonth()}`, at, year: null };
  // Deep time: the model clamps the interval and gives the years exactly.
  const exact = event.years ? Math.floor(event.date.before ? event.years.end - 1 : event.years.start) : null;
  const year = exact !== null && isDeepYear(exact) ? exact : at.getUTCFullYear();
  return { key: `y${year}`, at, year };
}

export function feedRows(events: readonly TimelineEvent[], lang: Lang): FeedRow[] {
  let previous: string | null = null;
  return events.map((event) => {
    const { key, at, year } = filing(event);
    const divider =
      key === previous
        ? null
        : year !== null
          ? yearLabel(year, lang)
          : `${formatTick(at, 'LLLL y', lang)}${at.getUTCFullYear() < 1 ? ` ${ERA[lang]}` : ''}`;
    previous = key;
    return { event, divider };
  });
}
