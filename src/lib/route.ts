/**
 * Which links App follows within the page: those to another view, exercise or language of the
 * same page. Everything else in the query (?data, ?embed, ?theme, ?lanes, ?tags) decides what is
 * loaded or how it is drawn from the start, so a change there loads the page anew; and a link
 * that changes only the hash is left to the browser (#event=, the skip link).
 */
const IN_PAGE = new Set(['view', 'events', 'seed', 'lang', 'handout']);

export function inPageRoute(from: string, to: string): boolean {
  let a: URL, b: URL;
  try {
    a = new URL(from);
    b = new URL(to, from);
  } catch {
    return false;
  }
  if (a.origin !== b.origin || a.pathname !== b.pathname || a.search === b.search) return false;
  const keys = new Set([...a.searchParams.keys(), ...b.searchParams.keys()]);
  return [...keys].every((key) => IN_PAGE.has(key) || a.searchParams.getAll(key).join('\n') === b.searchParams.getAll(key).join('\n'));
}
