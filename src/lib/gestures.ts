/**
 * The one imperative edge of zooming: wheel, drag and pinch on the timeline's viewport, reported
 * as new transforms. Pointer Events cover mouse, pen and touch alike.
 */
import { panBy, zoomAround, type ZoomLimits, type ZoomTransform } from './time/zoom.ts';

export interface GestureTarget {
  get(): ZoomTransform;
  set(t: ZoomTransform): void;
  limits(): ZoomLimits;
}

const DRAG_THRESHOLD = 4;

export function attachGestures(node: HTMLElement, outer: GestureTarget): () => void {
  // Input events can arrive several times a frame; they are folded into one update a frame.
  let pending: ZoomTransform | null = null;
  let frame = 0;
  const target: GestureTarget = {
    get: () => pending ?? outer.get(),
    set: (t) => {
      pending = t;
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          const next = pending;
          pending = null;
          if (next) outer.set(next);
        });
    },
    limits: () => outer.limits()
  };
  const pointers = new Map<number, number>();
  let start: { t: ZoomTransform; x: number; distance: number; mid: number } | null = null;
  let dragged = false;

  const localX = (clientX: number) => clientX - node.getBoundingClientRect().left;
  const snapshot = () => {
    const xs = [...pointers.values()];
    const mid = xs.reduce((a, b) => a + b, 0) / xs.length;
    const distance = xs.length > 1 ? Math.abs(xs[0] - xs[1]) : 0;
    start = { t: target.get(), x: mid, distance, mid };
  };

  function down(e: PointerEvent) {
    if (e.button !== 0 || pointers.size >= 2) return;
    pointers.set(e.pointerId, localX(e.clientX));
    dragged = false;
    snapshot();
  }
  function move(e: PointerEvent) {
    if (!pointers.has(e.pointerId) || !start) return;
    pointers.set(e.pointerId, localX(e.clientX));
    const xs = [...pointers.values()];
    const mid = xs.reduce((a, b) => a + b, 0) / xs.length;
    if (!dragged && Math.abs(mid - start.x) < DRAG_THRESHOLD && pointers.size < 2) return;
    if (!dragged) {
      dragged = true;
      node.setPointerCapture?.(e.pointerId);
    }
    const limits = target.limits();
    if (pointers.size >= 2 && start.distance > 0) {
      const factor = Math.abs(xs[0] - xs[1]) / start.distance;
      target.set(panBy(zoomAround(start.t, factor, start.mid, limits), mid - start.mid, limits));
    } else target.set(panBy(start.t, mid - start.x, limits));
  }
  function up(e: PointerEvent) {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size > 0) snapshot();
    else start = null;
  }
  /** A drag is not a click: swallow the click that ends it. */
  function click(e: MouseEvent) {
    if (!dragged) return;
    dragged = false;
    e.stopPropagation();
    e.preventDefault();
  }
  function wheel(e: WheelEvent) {
    const t = target.get();
    const limits = target.limits();
    const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = (e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * scale;
    if (e.shiftKey || Math.abs(dx) > Math.abs(e.deltaY * scale)) {
      const next = panBy(t, -dx, limits);
      if (next.x === t.x) return;
      e.preventDefault();
      target.set(next);
      return;
    }
    const factor = Math.pow(2, (-e.deltaY * scale * (e.ctrlKey ? 10 : 1)) / 500);
    const next = zoomAround(t, factor, localX(e.clientX), limits);
    // At a zoom limit the wheel scrolls the page as usual.
    if (next.k === t.k && next.x === t.x) return;
    e.preventDefault();
    target.set(next);
  }

  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  node.addEventListener('click', click, true);
  node.addEventListener('wheel', wheel, { passive: false });
  return () => {
    cancelAnimationFrame(frame);
    node.removeEventListener('pointerdown', down);
    node.removeEventListener('pointermove', move);
    node.removeEventListener('pointerup', up);
    node.removeEventListener('pointercancel', up);
    node.removeEventListener('click', click, true);
    node.removeEventListener('wheel', wheel);
  };
}
