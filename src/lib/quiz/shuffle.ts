/**
 * Seeded shuffling, so that every student of a class who opens the same link (same ?seed) gets
 * the same starting order, and a test gets the same order on every run.
 */

/** The seed when ?seed is absent: fixed, so a class shares one order by default. */
export const DEFAULT_SEED = 2021;

/**
 * mulberry32: a tiny 32-bit PRNG with a full period of 2^32 and good statistics for its size.
 * Returns a function that yields floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy of the items, drawing from `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
