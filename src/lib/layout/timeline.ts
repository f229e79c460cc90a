/**
 * The horizontal timeline as one pure function: from the lanes' events, the row plan and the
 * visible time window to every position the components draw (ticks, lane frames, cards, chips).
 * Nothing here reads the DOM or keeps state; the previous frame, where wanted, is an argument.
 */
import type { Lang } from '../model/types.ts';
import type { TimelineEvent } from '../model/model.ts';
import { axisTicks, type AxisTick } from '../time/axis.ts';
import { timeScale } from '../time/scale.ts';
import type { TimeWindow } from '../time/zoom.ts';
import { laneOf, type Lane } from './lanes.ts';
import { indexLane, layoutLane, type Card, type LaneIndex, type LaneIndexInput, type LaneLayout } from './placement.ts';
import { planRows, type FrameMetrics, type RowPlan } from './rows.ts';
import { MAX_CARD_WIDTH, MIN_CARD_WIDTH } from './measure.ts';
import { eventSpan } from './span.ts';
import { DAY_MS } from '../time/years.ts';

/**
 * Heights in px: the axis band, a lane's name line, a row (mark strip, card, gap), the chip row.
 * A card holds its date line and up to two lines of title (TITLE_LINES in measure.ts).
 */
export const METRICS: FrameMetrics & { strip: number; card: number; gap: number; chipBin: number } = {
  axis: 30,
  head: 20,
  strip: 10,
  card: 56,
  row: 72,
  chips: 32,
  pad: 6,
  gap: 8,
  chipBin: 120
};

/** Most rows a lane asks for. */
const MAX_NEED = 8;
const CARD_BUDGET = 300;

/** The events of each lane, indexed for binary search. */
export function indexLanes(events: readonly TimelineEvent[], lanes: readonly Lane[]): LaneIndex[] {
  const perLane: LaneIndexInput[][] = lanes.map(() => []);
  for (const event of events) {
    const lane = laneOf(event, lanes);
    if (lane < 0) continue;
    const [start, end] = eventSpan(event);
    perLane[lane].push({ id: event.id, start, end, key: event.date.start });
  }
  return perLane.map(indexLane);
}

interface Common {
  lanes: readonly LaneIndex[];
  width: number;
  cardWidth: (id: string) => number;
}

const placement = (c: Common, window: TimeWindow, maxRows: number, pinned: ReadonlySet<string>, previous?: ReadonlyMap<string, number>) => {
  const scale = timeScale(window, [0, c.width]);
  return {
    width: c.width,
    x: scale,
    invert: scale.invert,
    cardWidth: c.cardWidth,
    minCardWidth: MIN_CARD_WIDTH,
    side: Math.min(MAX_CARD_WIDTH, c.width / 2),
    maxRows,
    gap: METRICS.gap,
    chipBin: METRICS.chipBin,
    cardBudget: CARD_BUDGET,
    pinned,
    previous
  };
};

/**
 * Rows per lane for a frame at most `available` px high: each lane asks for the rows it uses
 * when the whole extent is shown. Depends on the events, the width and the height only.
 */
export function planFrame(c: Common & { extent: TimeWindow; available: number }): RowPlan {
  const needs = c.lanes.map((lane) => (lane.ids.length ? layoutLane(lane, placement(c, c.extent, Math.min(MAX_NEED, lane.ids.length), new Set())).rows : 0));
  return planRows(needs, c.lanes.map((l) => l.ids.length), c.available, METRICS);
}

/**
 * The time the axis spans: every event of the dataset (not just the filtered ones, so that
 * filtering never moves it), at least 30 days, with a margin on the left and room on the right
 * for the last cards.
 */
export function timelineExtent(events: Iterable<Parameters<typeof eventSpan>[0]>): TimeWindow {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const [start, end] = eventSpan(e);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  }
  if (!(hi >= lo)) [lo, hi] = [0, 0];
  const span = Math.max(hi - lo, 30 * DAY_MS);
  return [lo - span * 0.03, hi + span * 0.12];
}

/** The zoom buttons' row above the frame, in px. */
export const CONTROLS_HEIGHT = 46;

/**
 * The most height in px the frame may take: the caller's (`height`, controls included); else,
 * with up to three lanes, what the lanes need at the overview, and with more, 90 % of the window
 * (two-line cards need the room).
 * In an iframe sized to its content (an embed) the window's height follows the page's and cannot
 * bound the timeline; there the screen's height does, at least 900 px.
 */
export function heightBudget(o: { height?: number; lanes: number; embedded: boolean; windowHeight: number; screenHeight: number }): number {
  if (o.height !== undefined) return Math.max(240, o.height - CONTROLS_HEIGHT);
  if (o.lanes <= 3) return Infinity;
  return Math.max(240, (o.embedded ? Math.max(900, o.screenHeight) : Math.max(360, o.windowHeight * 0.9)) - CONTROLS_HEIGHT);
}

export interface PlacedCard extends Card {
  lane: number;
  /** Top of the card in the frame, in px. */
  top: number;
}

/** Every card of a layout with its lane and its top, in the given order (the chronology: the DOM order is the reading order). */
export function cardsInOrder(layout: TimelineLayout, order: (id: string) => number): PlacedCard[] {
  return layout.lanes
    .flatMap((frame, lane) => frame.layout.cards.map((card) => ({ ...card, lane, top: frame.rowsTop + card.row * METRICS.row + METRICS.strip })))
    .sort((a, b) => order(a.id) - order(b.id));
}

export interface LaneFrame {
  /** Top of the lane (its name line), of its first row and of its chip row, in px. */
  top: number;
  rowsTop: number;
  chipsTop: number;
  layout: LaneLayout;
}

export interface TimelineLayout {
  ticks: AxisTick[];
  lanes: LaneFrame[];
  height: number;
}

export function layoutTimeline(
  c: Common & { plan: RowPlan; window: TimeWindow; pinned: ReadonlySet<string>; lang: Lang; previous?: ReadonlyMap<string, number> }
): TimelineLayout {
  if (!(c.width > 0)) return { ticks: [], lanes: [], height: c.plan.height };
  const options = placement(c, c.window, 0, c.pinned, c.previous);
  let top = METRICS.axis;
  const lanes = c.lanes.map((lane, i) => {
    const rows = c.plan.rows[i];
    const layout = layoutLane(lane, { ...options, maxRows: rows });
    const frame = { top, rowsTop: top + METRICS.head, chipsTop: top + METRICS.head + rows * METRICS.row + 2, layout };
    top += METRICS.head + rows * METRICS.row + (c.plan.chips[i] ? METRICS.chips : 0) + METRICS.pad;
    return frame;
  });
  return { ticks: axisTicks(c.window, c.width, c.lang), lanes, height: c.plan.height };
}
