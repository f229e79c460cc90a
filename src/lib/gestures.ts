/**
 * The one imperative edge of zooming: wheel, drag, pinch and double-click (or double-tap) on the
 * timeline's viewport, reported as new time windows. Pointer Events cover mouse, pen and touch
 * alike. Pinch measures the distance between two fingers in both dimensions (as d3-zoom does), so
 * a pinch along any direction zooms. Used as an attachment: `{@attach gestures(target)}`.
 */
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';
import { panPixels, zoomAtPixel, type TimeWindow, type WindowLimits } from './time/zoom.ts';

export interface GestureTarget {
  get(): TimeWindow;
  set(w: TimeWindow): void;
  limits(): WindowLimits;
  /** Zooms in one step around a px of the view (a double-click or double-tap), animated. */
  zoomIn(px: number): void;
}

const DRAG_THRESHOLD = 4;
/** Two taps within this many ms and px are a double-tap. */
const DOUBLE_TAP_MS = 350;
const DOUBLE_TAP_PX = 24;

type Point = { x: number; y: number };

/** The page is an embed (?embed=1 sets data-embed on the root, App.svelte). */
const embedded = () => typeof document === 'object' && document.documentElement.hasAttribute('data-embed');

export function gestures(outer: GestureTarget, frame: (callback: () => void) => () => void = nextFrame): Attachment<HTMLElement> {
  return (node) => {
    // Input events can arrive several times a frame; they are folded into one update a frame.
    let pending: TimeWindow | null = null;
    let scheduled = false;
    let cancel = () => {};
    const get = () => pending ?? outer.get();
    const set = (w: TimeWindow) => {
      pending = w;
      if (scheduled) return;
      scheduled = true;
      cancel = frame(() => {
        scheduled = false;
        const next = pending;
        pending = null;
        if (next) outer.set(next);
      });
    };
    const pointers = new Map<number, Point>();
    let start: { w: TimeWindow; mid: Point; distance: number } | null = null;
    let dragged = false;
    let lastTap: { time: number; at: Point } | null = null;

    const rect = () => node.getBoundingClientRect();
    const local = (e: { clientX: number; clientY: number }): Point => {
      const r = rect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const width = () => node.clientWidth || rect().width;
    const centre = () => {
      const ps = [...pointers.values()];
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const snapshot = () => {
      start = pointers.size ? { w: get(), mid: centre(), distance: spread() } : null;
    };

    function down(e: PointerEvent) {
      if (e.button !== 0 || pointers.size >= 2) return;
      pointers.set(e.pointerId, local(e));
      dragged = false;
      snapshot();
    }
    function move(e: PointerEvent) {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, local(e));
      const mid = centre();
      if (!dragged && Math.abs(mid.x - start.mid.x) < DRAG_THRESHOLD && pointers.size < 2) return;
      if (!dragged) {
        dragged = true;
        node.setPointerCapture?.(e.pointerId);
      }
      const limits = outer.limits();
      const w = width();
      if (pointers.size >= 2 && start.distance > 0) {
        const zoomed = zoomAtPixel(start.w, spread() / start.distance, start.mid.x, w, limits);
        set(panPixels(zoomed, mid.x - start.mid.x, w, limits));
      } else set(panPixels(start.w, mid.x - start.mid.x, w, limits));
    }
    function up(e: PointerEvent) {
      const at = pointers.get(e.pointerId);
      if (!at) return;
      pointers.delete(e.pointerId);
      snapshot();
      if (e.type !== 'pointerup' || e.pointerType !== 'touch' || dragged) return;
      // Touch has no dblclick in every browser: two quick taps at one place zoom in.
      if (lastTap && e.timeStamp - lastTap.time < DOUBLE_TAP_MS && Math.hypot(at.x - lastTap.at.x, at.y - lastTap.at.y) < DOUBLE_TAP_PX) {
        lastTap = null;
        outer.zoomIn(at.x);
      } else lastTap = { time: e.timeStamp, at };
    }
    /** A drag is not a click: swallow the click that ends it. */
    function click(e: MouseEvent) {
      if (!dragged) return;
      dragged = false;
      e.stopPropagation();
      e.preventDefault();
    }
    function dblclick(e: MouseEvent) {
      if ((e as PointerEvent).pointerType === 'touch') return;
      e.preventDefault();
      outer.zoomIn(local(e).x);
    }
    function wheel(e: WheelEvent) {
      const w = get();
      const limits = outer.limits();
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dx = (e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * scale;
      if (e.shiftKey || Math.abs(dx) > Math.abs(e.deltaY * scale)) {
        const next = panPixels(w, -dx, width(), limits);
        if (next[0] === w[0]) return;
        e.preventDefault();
        set(next);
        return;
      }
      // In an embed the plain wheel scrolls the post around it; Ctrl/⌘ + wheel (and a pinch, which
      // browsers send as a Ctrl wheel) zooms. The timeline says so once the reader tries.
      if (embedded() && !e.ctrlKey && !e.metaKey) {
        node.dispatchEvent(new CustomEvent('wheelhint', { bubbles: true }));
        return;
      }
      const factor = Math.pow(2, (-e.deltaY * scale * (e.ctrlKey ? 10 : 1)) / 500);
      const next = zoomAtPixel(w, factor, local(e).x, width(), limits);
      // At a zoom limit the wheel scrolls the page as usual.
      if (next[0] === w[0] && next[1] === w[1]) return;
      e.preventDefault();
      set(next);
    }

    const off = [
      on(node, 'pointerdown', down),
      on(node, 'pointermove', move),
      on(node, 'pointerup', up),
      on(node, 'pointercancel', up),
      on(node, 'click', click, { capture: true }),
      on(node, 'dblclick', dblclick),
      on(node, 'wheel', wheel, { passive: false })
    ];
    return () => {
      cancel();
      for (const f of off) f();
    };
  };
}

function nextFrame(callback: () => void): () => void {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
}
