/**
 * Whether an embed can load the dataset the page shows. The embed runs sandboxed without
 * allow-same-origin, so its origin is opaque ("null"): every ?data= request it makes is
 * cross-origin, also to the very server it comes from, and succeeds only if that server answers
 * with Access-Control-Allow-Origin `*` (or `null`). A file on another server already needed CORS
 * for the page itself; a file on this server did not, so that is the case to check.
 */

export type DataPlace = 'shipped' | 'this-site' | 'elsewhere';

/** Where `data` (the page's ?data=, or null for the shipped dataset) is, seen from `pageHref`. */
export function dataPlace(data: string | null, pageHref: string): DataPlace {
  if (!data) return 'shipped';
  try {
    return new URL(data, pageHref).origin === new URL(pageHref).origin ? 'this-site' : 'elsewhere';
  } catch {
    return 'elsewhere';
  }
}

/** Whether a response with these headers may be read by a page with an opaque origin. */
export function opaqueOriginMayRead(headers: Pick<Headers, 'get'>): boolean {
  const allowed = headers.get('access-control-allow-origin')?.trim();
  return allowed === '*' || allowed === 'null';
}

/** A short name for the file at `data`, for a message: its last path segment, at most 60 characters. */
export function fileLabel(data: string, pageHref: string): string {
  let name = data;
  try {
    name = decodeURIComponent(new URL(data, pageHref).pathname.split('/').filter(Boolean).pop() ?? data);
  } catch {
    // Keep the text as given.
  }
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}
