/**
 * A teacher's choice of events (?events=<id>,…): the exercise, the slides and the handout of a
 * class kit show only these.
 */
import type { TimelineEvent } from '../model/model.ts';

/** The chosen events in chronological order, or null (no choice, or fewer than two known ids): then the default applies. */
export function chosenEvents(all: readonly TimelineEvent[], ids: readonly string[] | null): TimelineEvent[] | null {
  if (!ids) return null;
  const wanted = new Set(ids);
  const picked = all.filter((event) => wanted.has(event.id));
  return picked.length >= 2 ? picked : null;
}
