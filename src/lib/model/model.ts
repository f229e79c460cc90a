/**
 * The typed, immutable model the views read: events in chronological order with the intervals
 * their dates cover. Built once per dataset; nothing downstream mutates it.
 */
import type { ArticleData, DatasetData, EventData } from './types.ts';
import { intervalOf, type Interval } from '../time/precision.ts';

export interface TimelineEvent extends EventData {
  /** Position in chronological order, 0-based. */
  index: number;
  interval: Interval;
}

export interface Model {
  data: DatasetData;
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, TimelineEvent>;
  articles: ReadonlyMap<string, ArticleData>;
}

/** Chronological order: by the end of what is known for upper bounds, else by start; then `order`, then id. */
export function compareEvents(a: EventData & { interval: Interval }, b: EventData & { interval: Interval }): number {
  return (
    sortTime(a.interval) - sortTime(b.interval) ||
    a.interval.end.getTime() - b.interval.end.getTime() ||
    (a.order ?? 0) - (b.order ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function sortTime(interval: Interval): number {
  return interval.start.getTime();
}

export function buildModel(data: DatasetData): Model {
  const events = data.events
    .map((event) => ({ ...event, index: 0, interval: intervalOf(event.date) }))
    .sort(compareEvents)
    .map((event, index) => Object.freeze({ ...event, index }));
  return {
    data,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    articles: new Map(data.articles.map((a) => [a.id, a]))
  };
}

/** Whether two events fall on the same calendar period (ties in the ordering exercise). */
export function sameDate(a: EventData, b: EventData): boolean {
  return a.date.start === b.date.start && (a.date.end ?? '') === (b.date.end ?? '') && a.date.before === b.date.before;
}
