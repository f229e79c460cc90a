/**
 * What the reader does to the horizontal timeline, as commands on one small state: the zoom (a
 * time window), the focused event, and the cards shown when the view began to move. Commands
 * are called where the reader acts (a button, a key, a gesture, a selection), never by an effect.
 */
import { tick } from 'svelte';
import type { GestureTarget } from '../../lib/gestures.ts';
import { mayScrollIntoView } from '../../lib/embed/scroll.ts';
import { MAX_CARD_WIDTH } from '../../lib/layout/measure.ts';
import { isTyping, walkTarget } from '../../lib/walk.ts';
import { DAY_MS } from '../../lib/time/years.ts';
import { TimeZoom } from '../../lib/time/zoom-state.svelte.ts';
import { fitWindow, revealWindow, zoomAtPixel, zoomWindow, type TimeWindow } from '../../lib/time/zoom.ts';

export interface ViewInput {
  extent: TimeWindow;
  /** The view's width in px. */
  width: number;
  selectedId: string | null;
  /** An event's extent on the axis, null for an unknown id. */
  span(id: string): TimeWindow | null;
  cardWidth(id: string): number;
  /** The cards on screen now. */
  cards(): readonly { id: string; row: number }[];
  /** What the cards were laid out from (the filtered lanes): after a filter they are packed afresh. */
  lanes: unknown;
}

/** One step of the zoom buttons and the + and - keys. */
export const ZOOM_STEP = 1.5;

export class TimelineView {
  readonly zoom: TimeZoom;
  #input: () => ViewInput;
  #focused = $state<string | null>(null);
  #previous: { lanes: unknown; rows: ReadonlyMap<string, number> } | undefined;

  constructor(input: () => ViewInput) {
    this.#input = input;
    this.zoom = new TimeZoom(() => ({ extent: input().extent, minSpan: DAY_MS }));
  }

  get focusedId(): string | null {
    return this.#focused;
  }

  focus(id: string | null): void {
    this.#focused = id;
  }

  /**
   * The cards on screen when the reader began to move the view (a plain value, not state): the
   * layout keeps them in their rows where they still fit, so a zoom or a pan changes a few cards
   * at the edges instead of re-choosing them all. None after a filter: its cards are packed afresh.
   */
  previousFor(lanes: unknown): ReadonlyMap<string, number> | undefined {
    const previous = this.#previous;
    return previous && previous.lanes === lanes ? previous.rows : undefined;
  }

  /**
   * Moves the view: at once (gestures) or animated (commands). A step (a gesture, a zoom step, a
   * pan to an event) keeps the cards in their rows; a jump (fit, show all) packs them afresh, so
   * a fitted day never starts below rows left empty by the view before.
   */
  go(w: TimeWindow, animate = false, jump = false): void {
    const input = this.#input();
    this.#previous = jump ? undefined : { lanes: input.lanes, rows: new Map(input.cards().map((c) => [c.id, c.row])) };
    this.zoom.go(w, animate);
  }

  /** Brings an event's card into view (pans at the same zoom), unless it is in view already. */
  reveal(id: string): void {
    const input = this.#input();
    const span = input.span(id);
    if (span) this.go(revealWindow(this.zoom.goal, span, input.width, Math.min(input.cardWidth(id), MAX_CARD_WIDTH), this.zoom.limits));
  }

  /** The instant zooming keeps in place: the focused or selected event when in view, else the centre. */
  #anchor(): number {
    const input = this.#input();
    const [a, b] = this.zoom.goal;
    for (const id of [this.#focused, input.selectedId]) {
      const s = id ? input.span(id) : null;
      if (s && s[1] > a && s[0] < b) return Math.max(a, Math.min(b, (s[0] + s[1]) / 2));
    }
    return (a + b) / 2;
  }

  zoomBy(factor: number): void {
    this.go(zoomWindow(this.zoom.goal, factor, this.#anchor(), this.zoom.limits), true);
  }

  showAll(): void {
    this.go(this.#input().extent, true, true);
  }

  /** Fits a stretch of time (what a chip stands for, a dense day) into the view in one step. */
  fit(t0: number, t1: number): void {
    this.go(fitWindow([t0, t1], this.zoom.limits), true, true);
  }

  /** The page's zoom keys: + and - around the focused or selected event, 0 for the whole. True when handled. */
  key(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return false;
    if (e.key === '+' || e.key === '=') this.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') this.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') this.showAll();
    else return false;
    return true;
  }

  /**
   * The keyboard walk from a card through `ids` (the shown events in chronological order): the
   * next card is brought into view and focused; vertically the page scrolls just enough to show
   * it (never the page around an embed).
   */
  async walk(e: KeyboardEvent, ids: readonly string[], root: HTMLElement | undefined): Promise<void> {
    const next = walkTarget(e.key, ids.indexOf((e.currentTarget as HTMLElement).dataset.eventId ?? ''), ids.length, 'horizontal');
    if (next === null) return;
    e.preventDefault();
    const id = ids[next];
    this.focus(id);
    this.reveal(id);
    await tick();
    const card = root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    card?.focus({ preventScroll: true });
    if (card && mayScrollIntoView()) card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The hold gestures (wheel, drag, pinch, double-click) have on the view. */
  readonly gestures: GestureTarget = {
    get: () => this.zoom.window,
    set: (w) => this.go(w),
    limits: () => this.zoom.limits,
    zoomIn: (px) => this.go(zoomAtPixel(this.zoom.goal, 2, px, this.#input().width, this.zoom.limits), true)
  };
}
