/**
 * The strip under a slide: the whole chronology on one time axis, so the audience sees where the
 * current event sits. Periods (months, spans) are bars from their first to their last instant;
 * days are dots. Marks that would overlap stack upwards into lanes; dots of a crowded day that
 * find no free lane move one column to the right, so twenty events on one day stay a compact
 * block instead of a tower. The ticks are the timeline's (axis.ts). Packing keeps one end per
 * lane, marks in order of position: O(n log n) for the sort and O(lanes) a mark, so 100,000
 * events take milliseconds.
 */
import { axisTicks, type AxisTick } from '../time/axis.ts';
import type { TimelineEvent } from '../model/model.ts';
import type { Lang } from '../model/types.ts';
import { eventSpan } from '../layout/span.ts';

export interface StripOptions {
  /** Diameter of a dot and height of a bar, px. */
  dot: number;
  /** Space between marks, px. */
  gap: number;
  /** Lanes a crowded day may use before its dots move into a next column. */
  maxLanes: number;
  /** Space kept free at both ends of the axis, px. */
  inset: number;
  /** Size of the tick labels, px (the axis leaves room for labels of this size). */
  fontSize: number;
  lang: Lang;
}

export const STRIP_DEFAULTS: StripOptions = { dot: 10, gap: 3, maxLanes: 4, inset: 12, fontSize: 12, lang: 'de' };

/** Bars stack at most this many lanes high; further ones share the least filled lane. */
const MAX_BAR_LANES = 8;

export interface StripMark {
  id: string;
  /** Left edge and width of the bar or dot, px. */
  x: number;
  width: number;
  /** 0 is the lane on the axis; higher lanes sit above it. */
  lane: number;
  kind: 'bar' | 'dot';
  /** Only an upper bound is known ("by March"): the bar's start is not a fact. */
  openStart: boolean;
}

export interface StripLayout {
  marks: StripMark[];
  ticks: AxisTick[];
  lanes: number;
}

export function layoutStrip(events: readonly TimelineEvent[], width: number, options: Partial<StripOptions> = {}): StripLayout {
  const { dot, gap, maxLanes, inset, fontSize, lang } = { ...STRIP_DEFAULTS, ...options };
  if (events.length === 0 || width <= 2 * inset) return { marks: [], ticks: [], lanes: 0 };
  let start = Infinity;
  let end = -Infinity;
  const spans = events.map(eventSpan);
  for (const [a, b] of spans) {
    start = Math.min(start, a);
    end = Math.max(end, b);
  }
  const pad = Math.max(end - start, 86_400_000) * 0.02;
  const [d0, d1] = [start - pad, end + pad];
  // Room on the right for the columns of the most crowded day (at most a third of the strip).
  const perDay = new Map<number, number>();
  let crowd = 0;
  for (const e of events) {
    if (e.interval.precision !== 'day' || e.interval.span) continue;
    const n = (perDay.get(e.interval.start.getTime()) ?? 0) + 1;
    perDay.set(e.interval.start.getTime(), n);
    crowd = Math.max(crowd, n);
  }
  const columns = Math.ceil(crowd / maxLanes);
  const inner = width - 2 * inset;
  const room = Math.min(inner / 3, Math.max(0, columns - 1) * (dot + gap));
  const x = (t: number) => inset + ((t - d0) / (d1 - d0)) * (inner - room);

  // Positions first, then pack in order of position.
  const shapes = events.map((event, i) => {
    const { interval } = event;
    const isDot = interval.precision === 'day' && !interval.span && !interval.openStart;
    const a = x(spans[i][0]);
    const b = x(spans[i][1]);
    return isDot ? { event, isDot, a: (a + b) / 2 - dot / 2, b: (a + b) / 2 + dot / 2 } : { event, isDot, a, b: Math.max(b, a + dot) };
  });
  const order = shapes.map((_, i) => i).sort((i, j) => shapes[i].a - shapes[j].a || i - j);
  const ends: number[] = [];
  const free = (lane: number, a: number) => (ends[lane] ?? -Infinity) + gap <= a;
  const marks: StripMark[] = new Array(events.length);
  const right = width - inset;

  for (const i of order) {
    const { event, isDot, a, b } = shapes[i];
    if (!isDot) {
      let lane = 0;
      while (lane < MAX_BAR_LANES && !free(lane, a)) lane++;
      if (lane === MAX_BAR_LANES) lane = ends.indexOf(Math.min(...ends));
      ends[lane] = Math.max(ends[lane] ?? -Infinity, b);
      marks[i] = { id: event.id, x: a, width: b - a, lane, kind: 'bar', openStart: event.interval.openStart };
      continue;
    }
    // The first column (steps of dot + gap to the right) where one of the lanes is free.
    let first = Infinity;
    for (let lane = 0; lane < maxLanes; lane++) first = Math.min(first, (ends[lane] ?? -Infinity) + gap);
    const column = Math.max(0, Math.ceil((first - a) / (dot + gap) - 1e-9));
    // A day so crowded that its columns would leave the strip piles up at the right end.
    const left = Math.min(a + column * (dot + gap), Math.max(a, right - dot));
    let lane = 0;
    while (lane < maxLanes - 1 && !free(lane, left)) lane++;
    ends[lane] = Math.max(ends[lane] ?? -Infinity, left + dot);
    marks[i] = { id: event.id, x: left, width: dot, lane, kind: 'dot', openStart: false };
  }

  // Labels drawn at fontSize need fontSize/12 times the room the axis leaves for 12px labels.
  const scale = fontSize / 12;
  const ticks = axisTicks([d0, d1], (inner - room) / scale, lang).map((tick) => ({ ...tick, x: inset + tick.x * scale }));
  return { marks, ticks, lanes: ends.length };
}
