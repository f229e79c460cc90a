/**
 * Lanes by actor. An event sits in the lane of its first actor that is shown; the lane order
 * follows the dataset's actor order.
 */
import type { EventData } from '../model/types.ts';

export interface Lane {
  id: string;
  index: number;
}

export function lanesFor(actorOrder: readonly string[], shown: ReadonlySet<string> | null): Lane[] {
  return actorOrder.filter((id) => !shown || shown.has(id)).map((id, index) => ({ id, index }));
}

/** The lane index of an event, or -1 when none of its actors is shown. */
export function laneOf(event: Pick<EventData, 'actors'>, lanes: readonly Lane[]): number {
  for (const actor of event.actors) {
    const lane = lanes.find((l) => l.id === actor);
    if (lane) return lane.index;
  }
  return -1;
}
