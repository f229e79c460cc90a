/**
 * Dragging with Pointer Events, as a Svelte attachment: mouse, pen and touch alike (the HTML5
 * drag-and-drop API does not work on touch screens). A mouse may grab an item anywhere except its
 * buttons; touch and pen only by the handle (`[data-drag-handle]`, which has touch-action: none),
 * so that a finger on the rest of the item still scrolls the page. Near the top or bottom of the
 * window the page scrolls along, so a long list can be dragged through on a phone.
 */
import type { Attachment } from 'svelte/attachments';

export interface PointerDragHandlers {
  /** The drag passed the threshold: measure now. */
  onstart(): void;
  /** Vertical distance from where the drag started, in page pixels (scrolling included). */
  onmove(dy: number): void;
  /** Released (commit) or cancelled. */
  onend(commit: boolean): void;
  /** False while dragging is not allowed (e.g. after checking). */
  enabled(): boolean;
}

const THRESHOLD = 4;
const EDGE = 56;
const MAX_SPEED = 14;

export function pointerDrag(handlers: PointerDragHandlers): Attachment<HTMLElement> {
  return (element) => {
    let pointer: number | null = null;
    let startY = 0;
    let clientY = 0;
    let dragging = false;
    let frame = 0;

    const dy = () => clientY + scrollY - startY;

    const autoscroll = () => {
      const speed = clientY < EDGE ? -(EDGE - clientY) / EDGE : clientY > innerHeight - EDGE ? (clientY - (innerHeight - EDGE)) / EDGE : 0;
      if (speed !== 0) {
        scrollBy(0, Math.round(speed * MAX_SPEED));
        handlers.onmove(dy());
      }
      frame = requestAnimationFrame(autoscroll);
    };

    const finish = (commit: boolean) => {
      cancelAnimationFrame(frame);
      if (pointer !== null && element.hasPointerCapture(pointer)) element.releasePointerCapture(pointer);
      pointer = null;
      if (dragging) handlers.onend(commit);
      dragging = false;
    };

    const down = (event: PointerEvent) => {
      if (pointer !== null || !event.isPrimary || event.button !== 0 || !handlers.enabled()) return;
      const target = event.target as Element;
      if (target.closest('button, a, input, textarea, select')) return;
      if (event.pointerType !== 'mouse' && !target.closest('[data-drag-handle]')) return;
      event.preventDefault(); // no text selection, no emulated mouse events
      pointer = event.pointerId;
      clientY = event.clientY;
      startY = event.clientY + scrollY;
      element.setPointerCapture(pointer);
    };

    const move = (event: PointerEvent) => {
      if (event.pointerId !== pointer) return;
      clientY = event.clientY;
      if (!dragging) {
        if (Math.abs(dy()) < THRESHOLD) return;
        dragging = true;
        handlers.onstart();
        frame = requestAnimationFrame(autoscroll);
      }
      handlers.onmove(dy());
    };

    const up = (event: PointerEvent) => event.pointerId === pointer && finish(true);
    const cancel = (event: PointerEvent) => event.pointerId === pointer && finish(false);
    const key = (event: KeyboardEvent) => {
      if (dragging && event.key === 'Escape') {
        event.preventDefault();
        finish(false);
      }
    };

    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    element.addEventListener('lostpointercapture', cancel);
    addEventListener('keydown', key);
    return () => {
      finish(false);
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
      element.removeEventListener('lostpointercapture', cancel);
      removeEventListener('keydown', key);
    };
  };
}
