/**
 * Addresses that come from data become links only when they are absolute http(s) URLs: a
 * `javascript:` or `data:` address in a dataset is never given to an href.
 */
export function httpHref(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
