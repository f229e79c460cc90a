/**
 * QR codes for the class kit, drawn locally (uqr: a port of Nayuki's reference encoder; nothing
 * leaves the page), and the rule for when a link is too long for one.
 *
 * The rule: at most version 13 (69 × 69 modules) at error correction M, which holds 331 bytes.
 * A code projected about 1 m wide then has modules of about 14 mm; from the back of a classroom
 * (9 m) a phone's main camera (about 4000 px across a 75° field of view, some 14 m wide there)
 * sees each module as about 4 pixels, which decoders read reliably even slightly out of focus or
 * at an angle. Longer links make denser codes whose modules fall to 2-3 pixels from there.
 * Level M survives the glare and keystone of a projector better than L.
 */
import { encode } from 'uqr';

export const QR_MAX_VERSION = 13;
export const QR_MAX_BYTES = 331;

export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Whether a link makes a QR code that can be read from the back row. */
export function fitsQr(link: string): boolean {
  return byteLength(link) <= QR_MAX_BYTES;
}

export interface QrCode {
  /** Modules across, with the quiet zone of four on every side. */
  size: number;
  /** One SVG path of 1 × 1 squares, one per dark module. */
  path: string;
}

/** The code for a link, or null when it is too long by the rule above. */
export function qrCode(link: string): QrCode | null {
  if (!fitsQr(link)) return null;
  const { data, size } = encode(link, { ecc: 'M', maxVersion: QR_MAX_VERSION, border: 4 });
  return { size, path: modulePath(data) };
}

/** Dark modules as one path: each run of dark modules in a row is one rectangle. */
export function modulePath(rows: readonly (readonly boolean[])[]): string {
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  });
  return d;
}
