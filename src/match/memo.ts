/**
 * Memoisation for the matcher's pure text functions. An archive repeats the template's few
 * hundred labels in every report, and one row is scored against many candidates, each asking for
 * the same normalised label, token set and levels again: about a third of the matcher's time.
 * The cache is bounded (cleared when full) so that a worker's memory stays flat over an archive.
 * Results are frozen: a caller that changed one would change it for every later row.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = deepFreeze(compute(text));
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
