/**
 * The keyboard walk through events in chronological order: Left/Right in the horizontal
 * timeline, Up/Down in the vertical one, Home/End to the ends. Returns the new index, or null
 * when the key is not part of the walk.
 */
export type Orientation = 'horizontal' | 'vertical';

export function walkTarget(key: string, index: number, count: number, orientation: Orientation): number | null {
  if (count === 0) return null;
  const [back, forward] = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  switch (key) {
    case forward:
      return Math.min(count - 1, index + 1);
    case back:
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** True when a key press belongs to a text field or a form control, not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target as Element).closest) return false;
  const el = target as HTMLElement;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable], dialog') !== null;
}
