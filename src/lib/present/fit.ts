/**
 * Fitting a slide to the screen. Type sizes scale with the projected image, but a long summary or
 * a quote with its translation can still be taller than a 16:9 screen; then the slide's type is
 * scaled down (as presentation software does) rather than making the audience watch a scrollbar.
 * Only on landscape screens: on a phone in portrait, scrolling is the better reading.
 */
import type { Attachment } from 'svelte/attachments';

export const MIN_FIT = 0.6;

/**
 * The next scale factor: shrink the scalable content so that it loses `overflow` px, assuming its
 * height follows its type size. Never below `min` (then the page scrolls), never above 1.
 */
export function nextFit(fit: number, contentHeight: number, overflow: number, min = MIN_FIT): number {
  if (overflow <= 0.5 || contentHeight <= 0) return Math.min(1, fit);
  return Math.max(min, Math.min(1, fit * ((contentHeight - overflow) / contentHeight)));
}

/**
 * Sets `--fit` on the element (1 or less) so that it is no taller than the window; `content` is
 * the part whose type scales. `deps` names what changes the content (the slide, the notes), so
 * the fit is measured again when it changes, and on every resize. `overflowing` hears of a slide
 * that is still too tall at the smallest fit, so that it may show less; `resized` hears that the
 * window has a new size and has settled, so that it may show all again (a projector has room).
 */
export function fitToWindow(
  content: () => HTMLElement | undefined,
  deps: () => unknown,
  overflowing: () => void = () => {},
  resized: () => void = () => {}
): Attachment<HTMLElement> {
  return (root) => {
    deps();
    /** Fits the type; `decide` lets it also ask for less content (only on a layout that has settled). */
    const fit = (decide: boolean) => {
      root.style.setProperty('--fit', '1');
      const target = content();
      const { clientWidth: width, clientHeight: height } = document.documentElement;
      if (!target || width < height) return;
      let scale = 1;
      // Wrapping makes height not quite proportional to type size, and the quotes keep theirs
      // (Slide.svelte): a few rounds settle it.
      for (let round = 0; round < 8; round++) {
        const overflow = root.getBoundingClientRect().height - height;
        const next = nextFit(scale, target.getBoundingClientRect().height, overflow);
        if (next === scale) break;
        scale = next;
        root.style.setProperty('--fit', String(scale));
      }
      if (decide && root.getBoundingClientRect().height - height > 0.5) overflowing();
    };
    // While a window is resized, or leaves full screen, the sizes it reports can run ahead of the
    // layout measured here: fit at once and in the next frame (so nothing overflows meanwhile), but
    // decide what the slide shows only once the resizing has settled.
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const refit = () => {
      fit(false);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit(false));
      clearTimeout(settle);
      settle = setTimeout(() => (resized(), fit(true)), 150);
    };
    fit(true);
    addEventListener('resize', refit);
    document.addEventListener('fullscreenchange', refit);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      removeEventListener('resize', refit);
      document.removeEventListener('fullscreenchange', refit);
    };
  };
}
