/**
 * A linear UTC time scale: milliseconds to pixels and back. It does what d3-scale's scaleUtc
 * does for this app (map, invert, copy with a new domain) in a few lines; scaleUtc would pull
 * d3-interpolate, d3-color, d3-format and d3-time-format (about 10 kB gzip) into a bundle whose
 * budget is 60 kB. Ticks come from d3-time intervals (ticks.ts).
 */
export interface TimeScale {
  (time: number): number;
  invert(px: number): number;
  domain(): [number, number];
  range(): [number, number];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((time: number) => r0 + (time - d0) * ratio) as TimeScale;
  scale.invert = (px) => (ratio === 0 ? d0 : d0 + (px - r0) / ratio);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}
