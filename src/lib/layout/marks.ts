/**
 * The marks of one lane as a few SVG path strings, one per kind: a dot for a day, a rounded band
 * for a month or a span, a bar where a "by …" bound ends. A zoom frame then rewrites a handful of
 * `d` attributes instead of creating and removing an element per card.
 */

export type MarkKind = 'day' | 'band' | 'before';

export interface MarkInput {
  kind: MarkKind;
  /** The interval's extent in px, and the centre line of its row. */
  x0: number;
  x1: number;
  y: number;
}

export interface LaneMarkPaths {
  dots: string;
  bands: string;
  /** Bars at the end of "by …" bounds. */
  bounds: string;
  /** The bands that fade in from the left (each needs its own gradient box, so no shared path). */
  fades: { x: number; y: number; width: number }[];
}

const DOT = 4;
const BAND = 6;

/** A mark outside the view is drawn just past its edge, never thousands of px away. */
const clip = (v: number, width: number) => Math.max(-10, Math.min(width + 10, v));

/** A band of height 6 with fully rounded ends (a circle at its narrowest). */
function band(x: number, y: number, w: number): string {
  const r = Math.min(BAND / 2, w / 2);
  const top = y - BAND / 2;
  return `M${x + r},${top}h${w - 2 * r}a${r},${BAND / 2} 0 0 1 0,${BAND}h${2 * r - w}a${r},${BAND / 2} 0 0 1 0,${-BAND}z`;
}

function dot(cx: number, y: number): string {
  return `M${cx - DOT},${y}a${DOT},${DOT} 0 1 0 ${2 * DOT},0a${DOT},${DOT} 0 1 0 ${-2 * DOT},0z`;
}

/** A day is a dot at every zoom; a month, a year or a span is a band; a bound fades in. */
export function markKind(before: boolean, longerThanADay: boolean): MarkKind {
  return before ? 'before' : longerThanADay ? 'band' : 'day';
}

export function laneMarkPaths(marks: readonly MarkInput[], width: number): LaneMarkPaths {
  let dots = '';
  let bands = '';
  let bounds = '';
  const fades: LaneMarkPaths['fades'] = [];
  for (const m of marks) {
    const x0 = clip(m.x0, width);
    const x1 = clip(m.x1, width);
    // A day wide on screen keeps its dot at its start, where its cards begin.
    if (m.kind === 'day') dots += dot(m.x0 + Math.min((m.x1 - m.x0) / 2, DOT + 2), m.y);
    else if (m.kind === 'band') bands += band(x0, m.y, Math.max(3, x1 - x0));
    else {
      fades.push({ x: x0, y: m.y - 3, width: Math.max(2, x1 - x0) });
      bounds += `M${x1},${m.y - 5}v10`;
    }
  }
  return { dots, bands, bounds, fades };
}

/** The density strip under an aggregated lane: one bar a chip, 4 to 16 px high by its share of the busiest. */
export function densityPath(chips: readonly { left: number; width: number; count: number }[], bottom: number): string {
  const most = chips.reduce((m, c) => Math.max(m, c.count), 1);
  let d = '';
  for (const c of chips) {
    const h = 4 + (12 * c.count) / most;
    d += `M${c.left},${bottom - h}h${c.width}v${h}h${-c.width}z`;
  }
  return d;
}
