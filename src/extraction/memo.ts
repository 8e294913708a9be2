/**
 * A bounded memo for a pure function of one string. Words, tokens and names repeat within and across
 * abstracts, so most calls are answered without recomputing; the table is cleared when full, so long
 * runs stay flat in memory.
 */
export function memoize<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key: string): T => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= limit) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
