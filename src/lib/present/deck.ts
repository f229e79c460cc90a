/**
 * Presentation mode as a deck of slides, one event each: which key does what, and where a step
 * leads. The keys are the ones presenter remotes send (PageDown/PageUp, arrows, Space, Enter,
 * B or . to blank) plus the usual Home, End, F for full screen and N for speaker notes.
 */

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'unblank' | 'fullscreen' | 'exit-fullscreen' | 'notes';

/** The parts of a KeyboardEvent that matter here. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, DeckAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  Enter: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit-fullscreen',
  n: 'notes',
  N: 'notes'
};

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn', 'OS']);

/**
 * What a key press does. While the screen is blank any key only brings it back (pressing a
 * modifier alone does nothing, so Shift+Space does not un-blank and then go back). Keys held with
 * Ctrl, Alt or Meta belong to the browser (Ctrl+P prints, Alt+Left goes back).
 */
export function actionFor(input: KeyInput, blank = false): DeckAction | null {
  if (MODIFIERS.has(input.key)) return null;
  if (blank) return 'unblank';
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  if (input.key === ' ' || input.key === 'Spacebar') return input.shiftKey ? 'previous' : 'next';
  return KEYS[input.key] ?? null;
}

/** The slide a step leads to, clamped to the deck: there is nothing before the first or after the last. */
export function stepTo(index: number, action: DeckAction, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const here = Math.max(0, Math.min(index, last));
  switch (action) {
    case 'next':
      return Math.min(here + 1, last);
    case 'previous':
      return Math.max(here - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return here;
  }
}

/** The parts of the focused element that decide whether it keeps a key for itself. */
export interface FocusTarget {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);
const PRESSABLE_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'color', 'file']);

/**
 * Whether the focused element should handle this key itself, so the deck ignores it: every key
 * in a text field, select or editable text; Enter and Space on anything they press (a button, a
 * link, a checkbox).
 */
export function ownsKey(target: FocusTarget | null, key: string): boolean {
  if (!target) return false;
  const presses = key === 'Enter' || key === ' ';
  if (target.tagName === 'INPUT' && PRESSABLE_INPUTS.has(target.type ?? '')) return presses;
  if (FIELDS.has(target.tagName) || target.isContentEditable) return true;
  return PRESSABLE.has(target.tagName) && presses;
}
