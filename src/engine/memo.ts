/**
 * The same cell texts (`≥`, `%`, `100%`, `0.00%`, `产出指标`, header labels) recur on every row of every sheet:
 * remember what a pure function of one string gave. Bounded; results must be primitives or objects that callers
 * never mutate.
 */
export function memoByText<T>(compute: (text: string) => T, maxEntries = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size > maxEntries) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
