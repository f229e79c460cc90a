/**
 * The one encoding policy, in the browser and the CLI: a dataset is UTF-8, with or without a byte
 * order mark. Anything else is refused with a message that names what the bytes look like, so
 * that damaged text (U+FFFD in place of "ä") never reaches the check of quotes against articles.
 */

/**
 * On failure, `guess` is the text read in the encoding the bytes look like (UTF-16, or
 * Windows-1252 for Latin-1), so that the other checks can still run and list their problems;
 * it is never loaded. UTF-32 has no guess (browsers cannot decode it).
 */
export type Decoded = { ok: true; text: string } | { ok: false; found: string; guess?: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The text of UTF-8 bytes (a BOM is dropped), or what the bytes are instead. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) return { ok: false, found: 'UTF-32 (big-endian) text, by its byte order mark' };
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00)) return { ok: false, found: 'UTF-32 (little-endian) text, by its byte order mark' };
  const as = (label: string) => {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return undefined; // an engine without that encoding: the other checks then do not run
    }
  };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: false, found: 'UTF-16 (big-endian) text, by its byte order mark', guess: as('utf-16be') };
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: false, found: 'UTF-16 (little-endian) text, by its byte order mark', guess: as('utf-16le') };
  const utf16 = withoutBomUtf16(bytes);
  if (utf16) return { ok: false, found: `UTF-16 (${utf16}) text without a byte order mark`, guess: as(utf16 === 'big-endian' ? 'utf-16be' : 'utf-16le') };
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, found: notUtf8(bytes), guess: as('windows-1252') };
  }
}

/** JSON starts with an ASCII character: in UTF-16 one of its first two bytes is zero. */
function withoutBomUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0 && bytes[1] !== 0) return 'big-endian';
  if (bytes[0] !== 0 && bytes[1] === 0) return 'little-endian';
  return null;
}

/** Length of the UTF-8 sequence at `i`, or 0 when it is not a valid one. */
function sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return 0; // overlong, surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = bytes[i + 1];
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Where the bytes stop being UTF-8 and what they probably are. Latin-1 (ISO 8859-1) and
 * Windows-1252 put "ä" in one byte ≥ 0x80 followed by ASCII, which UTF-8 never does.
 */
function notUtf8(bytes: Uint8Array): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = sequence(bytes, i);
    if (length === 0) {
      const b = bytes[i];
      const hex = `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      // Every byte below 0x80 is valid UTF-8, so this one is ≥ 0x80: a letter in a one-byte encoding.
      return `bytes that are not UTF-8 (byte ${hex} at byte ${i + 1}, line ${line}, column ${column}; it looks like Latin-1 (ISO 8859-1) or Windows-1252, where it is "${windows1252(b)}"); save the file as UTF-8`;
    }
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return 'bytes that are not UTF-8; save the file as UTF-8';
}

/** Windows-1252's letters for 0x80–0x9F (Latin-1 has control codes there); from 0xA0 the two agree. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(byte: number): string {
  return byte >= 0xa0 ? String.fromCharCode(byte) : CP1252[byte - 0x80];
}
