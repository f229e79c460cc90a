/**
 * Zoom is a value: a scale factor k and a translation x, as in d3-zoom's ZoomTransform
 * (x' = x + k·x₀). The timeline keeps it in state and derives the zoomed scale from the base
 * scale; nothing mutates the base scale. Every function here returns a new, constrained value.
 */
import { timeScale, type TimeScale } from './scale.ts';

export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export const identity: ZoomTransform = Object.freeze({ k: 1, x: 0 });

export interface ZoomLimits {
  /** The viewport width in px; at k = 1 the base range [0, width] fills it. */
  width: number;
  maxK: number;
}

/** Keeps k within [1, maxK] and the content covering the viewport (no panning past the ends). */
export function constrain(t: ZoomTransform, { width, maxK }: ZoomLimits): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, t.k));
  const x = Math.min(0, Math.max(width - width * k, t.x));
  return { k, x };
}

/** Zooms by a factor around a point of the viewport (the pointer, or the centre). */
export function zoomAround(t: ZoomTransform, factor: number, px: number, limits: ZoomLimits): ZoomTransform {
  const k = Math.min(limits.maxK, Math.max(1, t.k * factor));
  const x = px - ((px - t.x) / t.k) * k;
  return constrain({ k, x }, limits);
}

export function panBy(t: ZoomTransform, dx: number, limits: ZoomLimits): ZoomTransform {
  return constrain({ k: t.k, x: t.x + dx }, limits);
}

/** The transform that puts base-scale position `px0` at the viewport's centre, at zoom k. */
export function centreOn(px0: number, k: number, limits: ZoomLimits): ZoomTransform {
  return constrain({ k, x: limits.width / 2 - px0 * k }, limits);
}

/** The zoomed scale: the base scale seen through the transform, over [0, width]. */
export function rescale(base: TimeScale, t: ZoomTransform, width: number): TimeScale {
  const left = base.invert((0 - t.x) / t.k);
  const right = base.invert((width - t.x) / t.k);
  return timeScale([left, right], [0, width]);
}

/** A step between two transforms, for animating button zooms: k moves geometrically, the centre linearly. */
export function interpolate(a: ZoomTransform, b: ZoomTransform, s: number, width: number): ZoomTransform {
  const k = a.k * Math.pow(b.k / a.k, s);
  const ca = (width / 2 - a.x) / a.k;
  const cb = (width / 2 - b.x) / b.k;
  return { k, x: width / 2 - (ca + (cb - ca) * s) * k };
}
