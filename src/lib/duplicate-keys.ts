/**
 * JSON.parse keeps the last of two equal keys in an object and says nothing, so a second
 * "events" could silently replace the first. This scan finds the duplicate keys in text that
 * JSON.parse has already accepted (so it need not handle malformed input) and says where each is.
 * One pass; strings are skipped with indexOf, which keeps it fast on large files.
 */

export interface DuplicateKey {
  key: string;
  /** A JSON path to the second occurrence, e.g. `events[3].title.de`. */
  path: string;
  line: number;
  column: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that closes the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q;
    i = q + 1;
  }
}

interface Frame {
  /** Keys seen so far in an object; null for an array. */
  keys: string[] | Set<string> | null;
  /** The key (object) or index (array) whose value comes next. */
  at: string | number;
  /** In an object, whether the next string is a key. */
  expectKey: boolean;
}

function has(keys: string[] | Set<string>, key: string): boolean {
  return Array.isArray(keys) ? keys.includes(key) : keys.has(key);
}

function add(frame: Frame, key: string) {
  const keys = frame.keys!;
  if (Array.isArray(keys)) {
    keys.push(key);
    if (keys.length > 16) frame.keys = new Set(keys); // linear search only while it is cheap
  } else keys.add(key);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of the value each open container is at; the innermost one at `key`. */
function pathOf(stack: Frame[], key: string): string {
  let path = '';
  const steps = [...stack.slice(0, -1).map((frame) => frame.at), key];
  for (const at of steps)
    path += typeof at === 'number' ? `[${at}]` : IDENTIFIER.test(at) ? `${path ? '.' : ''}${at}` : `[${JSON.stringify(at)}]`;
  return path;
}

/** Line and column of each offset (ascending), in one pass over the text however many there are. */
function positions(text: string, offsets: number[]): { line: number; column: number }[] {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  return offsets.map((offset) => {
    for (; next >= 0 && next < offset; next = text.indexOf('\n', next + 1)) {
      line++;
      lineStart = next + 1;
    }
    return { line, column: offset - lineStart + 1 };
  });
}

/** The first duplicate key in valid JSON text, or null. */
export function findDuplicateKey(text: string): DuplicateKey | null {
  return findDuplicateKeys(text, 1)[0] ?? null;
}

/** Every duplicate key in valid JSON text (up to `max`), in the order they occur. */
export function findDuplicateKeys(text: string, max = Infinity): DuplicateKey[] {
  const found: { key: string; path: string; offset: number }[] = [];
  const stack: Frame[] = [];
  scan: for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (has(top.keys, key)) {
          found.push({ key, path: pathOf(stack, key), offset: i });
          if (found.length >= max) break scan;
        } else add(top, key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) stack.push({ keys: [], at: '', expectKey: true });
    else if (c === 0x5b /* [ */) stack.push({ keys: null, at: 0, expectKey: false });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top.keys) top.expectKey = true;
      else (top.at as number)++;
    }
  }
  const at = positions(text, found.map((f) => f.offset));
  return found.map(({ key, path }, k) => ({ key, path, ...at[k] }));
}
