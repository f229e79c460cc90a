/**
 * The timeline beside the editor shows what can be drawn while the dataset is still incomplete:
 * events whose dates parse, each in the lane of an actor it names (or a lane "no actor yet").
 * Validation, not this, says what is wrong.
 */
import type { DatasetData, EventData } from '../model/types.ts';
import { buildModel, type Model } from '../model/model.ts';
import { parsePartialDate, precisionOf } from '../time/precision.ts';
import { filled } from './complete.ts';
import type { Doc } from './doc.ts';

export const NO_ACTOR = 'no-actor-yet';

function drawable(event: EventData, events: Set<string>): boolean {
  const start = parsePartialDate(event.date.start);
  if (!start || precisionOf(start) !== event.date.precision) return false;
  if (event.date.end !== undefined) {
    const end = parsePartialDate(event.date.end);
    if (!end || precisionOf(end) !== event.date.precision || event.date.end < event.date.start) return false;
  }
  return event.date.before === undefined || events.has(event.date.before);
}

export function previewModel(doc: Doc): Model | null {
  const data = filled(doc);
  const ids = new Set(data.events.map((e) => e.id));
  const events = data.events
    .filter((e) => drawable(e, ids))
    .map((e) => {
      const actors = e.actors.filter((a) => a in data.actors);
      return { ...e, actors: actors.length ? actors : [NO_ACTOR] };
    });
  if (events.length === 0) return null;
  const needsLane = events.some((e) => e.actors[0] === NO_ACTOR);
  const actors = needsLane ? { ...data.actors, [NO_ACTOR]: { de: 'Noch ohne Akteur', en: 'No actor yet' } } : data.actors;
  const title = data.title.de || data.title.en ? data.title : { de: 'Ohne Titel', en: 'Untitled' };
  const preview: DatasetData = { ...data, title, actors, events };
  return buildModel(preview);
}
