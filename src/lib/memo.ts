/**
 * A function that remembers its results, key by key. Made inside a `$derived.by` that reads the
 * inputs the results depend on (the language, say), so that a change of those starts a new
 * memory. `limit` bounds the memory for keys that never end (days scrolled past while zooming).
 */
export function memoize<K, V>(compute: (key: K) => V, limit = Infinity): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key)!;
    if (results.size >= limit) results.clear();
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
