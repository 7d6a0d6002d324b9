/**
 * The same cell texts (`≥`, `%`, `100%`, `0.00%`, `产出指标`, header labels) recur on every row of every sheet:
 * remember what a pure function of one string gave. Bounded; results must be primitives or objects that callers
 * never mutate. When full it stops remembering instead of starting over: the texts that recur were met early and
 * stay, while a large table's unique texts (names, goals) would otherwise refill and clear it again and again
 * (that churn made reading 40 000 rows 5.8× slower than 10 000).
 */
export function memoByText<T>(compute: (text: string) => T, maxEntries = 20000): (text: string) => T {
  // An undefined result is kept as this mark, so that a hit (null and false included) costs one lookup.
  const cache = new Map<string, T | typeof UNDEFINED>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = compute(text);
    if (cache.size < maxEntries) cache.set(text, value === undefined ? UNDEFINED : value);
    return value;
  };
}

/**
 * `compute` with its last text and result remembered: the text of a merged label or of a column's operator,
 * asked again on the next row, costs one comparison. For one caller walking one column; pure functions only.
 */
export function lastByText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}

const UNDEFINED: unique symbol = Symbol('undefined');
