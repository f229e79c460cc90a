/**
 * A model built in the loading worker crosses to the page in batches of events, so that no single
 * message takes the page long to receive (structured cloning 100,000 events at once would hold
 * the main thread for a quarter of a second). The page puts the parts together into the same
 * Model that buildModel returns.
 */
import type { Model, TimelineEvent } from './model/model.ts';
import type { ArticleData, DatasetData, EventData, Problem } from './model/types.ts';

export const BATCH = 1000;

/** Everything but the events: the dataset without its events, and where each event goes. */
export interface Head {
  data: Omit<DatasetData, 'events'>;
  warnings: Problem[];
  total: number;
  /** For each event in dataset order, its place in chronological order. */
  datasetOrder: Uint32Array;
  /** For each article, the chronological places of the events that cite it, in dataset order. */
  citing: [string, number[]][];
}

export function head(model: Model, warnings: Problem[]): Head {
  const { events: _, ...data } = model.data;
  const place = new Map<EventData, number>();
  const byId = model.byId;
  const datasetOrder = Uint32Array.from(model.data.events, (e) => byId.get(e.id)!.index);
  model.data.events.forEach((e, i) => place.set(e, datasetOrder[i]));
  const citing = [...model.citing].map(([id, events]): [string, number[]] => [id, events.map((e) => place.get(e)!)]);
  return { data, warnings, total: model.events.length, datasetOrder, citing };
}

/** The chronological events in slices of `size`. */
export function* batches(model: Model, size = BATCH): Generator<readonly TimelineEvent[]> {
  for (let i = 0; i < model.events.length; i += size) yield model.events.slice(i, i + size);
}

/** Puts a model together on the page from a head and its batches, one batch per call. */
export class Assembler {
  readonly events: TimelineEvent[] = [];
  readonly byId = new Map<string, TimelineEvent>();
  /** The events as the dataset has them (no index, no interval), in chronological order. */
  readonly #plain: EventData[] = [];

  constructor(readonly head: Head) {}

  add(batch: readonly TimelineEvent[]) {
    for (const event of batch) {
      Object.freeze(event.interval);
      Object.freeze(event);
      this.events.push(event);
      this.byId.set(event.id, event);
      this.#plain.push(plain(event));
    }
  }

  get received(): number {
    return this.events.length;
  }

  finish(): { model: Model; warnings: Problem[] } {
    const { head: h, events } = this;
    if (events.length !== h.total) throw new Error(`model transfer: expected ${h.total} events, received ${events.length}`);
    const plains = this.#plain;
    const data = { ...h.data, events: Array.from(h.datasetOrder, (i) => plains[i]) } as DatasetData;
    const articles = new Map<string, ArticleData>(data.articles.map((a) => [a.id, a]));
    const citing = new Map<string, readonly EventData[]>(h.citing.map(([id, places]) => [id, places.map((i) => plains[i])]));
    // The worker sends the normalised dataset; it stands for the input too (both load the same).
    return { model: { data, input: data, events, byId: this.byId, articles, citing }, warnings: h.warnings };
  }
}

/** An event as the dataset has it: the model's copy without its index, interval and years. */
function plain(event: TimelineEvent): EventData {
  const copy: Record<string, unknown> = {};
  for (const key in event) {
    const value = event[key as keyof TimelineEvent];
    if (key !== 'index' && key !== 'interval' && key !== 'years' && value !== undefined) copy[key] = value;
  }
  return copy as unknown as EventData;
}
