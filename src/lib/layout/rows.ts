/**
 * How many card rows each lane gets within the height the timeline may take. The frame's height
 * then depends on the data, the filter and the window size, never on zoom or pan: it stays put
 * while a reader zooms, pans or walks. Rows go where they are needed: each lane with events gets
 * one, then one more a round to each lane that lacks rows, while the frame fits.
 */
export interface FrameMetrics {
  /** The axis band at the top. */
  axis: number;
  /** A lane's name line, its row height, its chip row and the space below it. */
  head: number;
  row: number;
  chips: number;
  pad: number;
}

export interface RowPlan {
  rows: number[];
  /** Lanes with more events than rows keep a chip row ("+N") for what does not fit. */
  chips: boolean[];
  height: number;
}

/**
 * `needs[i]` is the rows lane i would use (at the overview), `counts[i]` its events, and
 * `available` the most height in px. A lane never needs more rows than it has events.
 */
export function planRows(needs: readonly number[], counts: readonly number[], available: number, m: FrameMetrics): RowPlan {
  const rows = counts.map((n) => (n > 0 ? 1 : 0));
  const height = () =>
    rows.reduce((h, r, i) => h + m.head + r * m.row + (counts[i] > r ? m.chips : 0) + m.pad, m.axis);
  // In rounds: each lane that needs more gets one more row, the one lacking most first, while the
  // frame fits. So a lane with two events on one day is not left at one row while a busy lane takes six.
  const full = new Set<number>();
  for (let grown = true; grown; ) {
    grown = false;
    const order = rows.map((_, i) => i).filter((i) => !full.has(i) && Math.min(needs[i], counts[i]) > rows[i]);
    order.sort((a, b) => needs[b] - rows[b] - (needs[a] - rows[a]) || a - b);
    for (const lane of order) {
      rows[lane]++;
      if (height() > available) {
        rows[lane]--;
        full.add(lane);
      } else grown = true;
    }
  }
  return { rows, chips: rows.map((r, i) => counts[i] > r), height: height() };
}
