/**
 * A dataset carried in the link itself: its JSON compressed (deflate-raw, through the browser's
 * CompressionStream) and written in base64url, the alphabet that needs no escaping in a URL. It
 * travels in the fragment (#data=…), which the browser never sends to a server.
 */

/** Marks the format, so that a later one can be told apart. */
const PREFIX = 'z1.';

/** The JSON text, compressed, as a fragment value. */
export async function encodeDataset(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/**
 * The decompressed bytes of a fragment value as a stream (the caller reads it with a size cap:
 * a few kilobytes of link could otherwise inflate to gigabytes). Throws on a value that is not
 * one of ours; a damaged one fails while being read.
 */
export function decodeDataset(value: string): ReadableStream<Uint8Array> {
  if (!value.startsWith(PREFIX)) throw new Error(`it does not start with "${PREFIX}"`);
  const bytes = fromBase64Url(value.slice(PREFIX.length));
  return new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('it is not base64url text');
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 255;
    }
  }
  return bytes;
}
