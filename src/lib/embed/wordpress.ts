/**
 * WordPress's embed protocol, as its wp-embed.js speaks it on the host page. WordPress puts an
 * oEmbed iframe in a post with `src="…#?secret=<10 letters or digits>"` and `data-secret`, and
 * sizes it when the embedded page posts the *object* {message: 'height', value: <px>, secret} to
 * its parent (clamped by WordPress to 200–1000 px). When wp-embed.js loads after the iframe, it
 * posts {message: 'ready', secret} into the iframe, and the embedded page answers with its height.
 * WordPress's sandbox has no allow-popups, so a link cannot open a tab there; instead the page may
 * post {message: 'link', value: <url>, secret}, and WordPress opens that address in the reader's
 * tab if it is on the embed's own host and the iframe has focus.
 * WordPress itself only accepts secrets of letters and digits; so do we.
 */

const SECRET = /^[A-Za-z0-9]{1,64}$/;

export interface WordpressLink {
  message: 'link';
  value: string;
  secret: string;
}

export interface WordpressHeight {
  message: 'height';
  value: number;
  secret: string;
}

/**
 * The secret in an address's fragment: `#?secret=…` alone, after a deep link (`#event=x#?secret=…`,
 * which is what WordPress makes of a src that already has a fragment) or as a parameter
 * (`#event=x&secret=…`). Null when there is none or it is not letters and digits.
 */
export function secretFromHash(hash: string): string | null {
  for (const part of hash.split('#')) {
    const secret = new URLSearchParams(part.replace(/^\?/, '')).get('secret');
    if (secret !== null) return SECRET.test(secret) ? secret : null;
  }
  return null;
}

/** The height message for WordPress: a whole number of CSS pixels, rounded up. */
export function wordpressHeight(height: number, secret: string): WordpressHeight {
  return { message: 'height', value: Math.ceil(height), secret };
}

/** The secret of a {message: 'ready', secret} message from the host, or null for anything else. */
export function readySecret(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { message, secret } = data as Record<string, unknown>;
  return message === 'ready' && typeof secret === 'string' && SECRET.test(secret) ? secret : null;
}

/** The message asking WordPress to open `href` (absolute) in the reader's tab. */
export function wordpressLink(href: string, secret: string): WordpressLink {
  return { message: 'link', value: href, secret };
}
