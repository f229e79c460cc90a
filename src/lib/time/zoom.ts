/**
 * Zoom is a value: the visible time window [t0, t1] (ms). A width in px only enters where pixels
 * meet time (a pointer position, a pan by px), so a resize changes nothing here. Every function
 * returns a new window kept within the limits: never narrower than `minSpan`, never wider than
 * the extent, never past its ends.
 */
export type TimeWindow = readonly [number, number];

export interface WindowLimits {
  extent: TimeWindow;
  minSpan: number;
}

export function clampWindow([a, b]: TimeWindow, { extent: [lo, hi], minSpan }: WindowLimits): TimeWindow {
  const full = hi - lo;
  const span = Math.min(full, Math.max(Math.min(minSpan, full), b - a));
  const start = span === b - a ? a : (a + b) / 2 - span / 2;
  const t0 = Math.min(hi - span, Math.max(lo, start));
  return [t0, t0 + span];
}

/** The time under a pixel of a view `width` px wide. */
export const timeAt = ([a, b]: TimeWindow, px: number, width: number) => a + ((b - a) * px) / width;

/** Zooms in by `factor` (> 1) or out (< 1), keeping the instant `at` where it is on screen. */
export function zoomWindow(w: TimeWindow, factor: number, at: number, limits: WindowLimits): TimeWindow {
  const [a, b] = w;
  const span = clampWindow([a, a + (b - a) / factor], limits);
  const ratio = (span[1] - span[0]) / (b - a);
  const t0 = at - (at - a) * ratio;
  return clampWindow([t0, t0 + (span[1] - span[0])], limits);
}

export function panWindow([a, b]: TimeWindow, dt: number, limits: WindowLimits): TimeWindow {
  return clampWindow([a + dt, b + dt], limits);
}

/** A pan by px (drag right: earlier times come into view). */
export const panPixels = (w: TimeWindow, dx: number, width: number, limits: WindowLimits) =>
  panWindow(w, (-dx * (w[1] - w[0])) / width, limits);

/** Zooms by a factor around a pixel of the view. */
export const zoomAtPixel = (w: TimeWindow, factor: number, px: number, width: number, limits: WindowLimits) =>
  zoomWindow(w, factor, timeAt(w, px, width), limits);

export const isWhole = ([a, b]: TimeWindow, { extent: [lo, hi] }: WindowLimits) => b - a >= (hi - lo) * (1 - 1e-9);

export const isNarrowest = ([a, b]: TimeWindow, limits: WindowLimits) =>
  b - a <= Math.min(limits.minSpan, limits.extent[1] - limits.extent[0]) * (1 + 1e-9);

/**
 * The window that shows an interval: unchanged when its start is in view with `room` px to its
 * right (a card's width); else the same zoom, panned so the start sits a third into the view.
 */
export function revealWindow(w: TimeWindow, [s, e]: TimeWindow, width: number, room: number, limits: WindowLimits): TimeWindow {
  const [a, b] = w;
  const perPx = (b - a) / width;
  const visibleStart = s >= a && s <= b - Math.min(room, width / 2) * perPx;
  const visibleEnd = e > a + Math.min(room, width / 2) * perPx && e <= b;
  if (visibleStart || (s < a && visibleEnd)) return w;
  return clampWindow([s - (b - a) / 3, s + ((b - a) * 2) / 3], limits);
}

/** The window that fits an interval into about 90% of the view, centred. */
export function fitWindow([s, e]: TimeWindow, limits: WindowLimits): TimeWindow {
  const pad = (e - s) * 0.06;
  return clampWindow([s - pad, e + pad], limits);
}
