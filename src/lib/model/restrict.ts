/**
 * ?lanes= and ?tags= narrow the dataset before any view sees it, so every view (and every count,
 * lane and source link in it) agrees on what is shown. Ids the dataset does not define are ignored;
 * if none is left, nothing is narrowed.
 */
import { buildModel, type Model } from './model.ts';

export interface Scope {
  /** Actor ids: an event is shown if one of its actors is listed. */
  lanes: readonly string[];
  /** Tag ids: an event is shown if one of its tags is listed. */
  tags: readonly string[];
}

export function restrictModel(model: Model, scope: Scope): Model {
  const lanes = scope.lanes.filter((id) => Object.hasOwn(model.data.actors, id));
  const tags = scope.tags.filter((id) => Object.hasOwn(model.data.tags, id));
  if (lanes.length === 0 && tags.length === 0) return model;
  const events = model.data.events.filter(
    (event) => (lanes.length === 0 || event.actors.some((a) => lanes.includes(a))) && (tags.length === 0 || event.tags.some((t) => tags.includes(t)))
  );
  // A lane is drawn when it has an event; co-actors of shown events keep their labels.
  const used = new Set(events.flatMap((event) => event.actors));
  const actors = Object.fromEntries(Object.entries(model.data.actors).filter(([id]) => used.has(id)));
  return buildModel({ ...model.data, actors, events }, model.input);
}
