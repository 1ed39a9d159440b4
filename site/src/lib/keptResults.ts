/**
 * Results of work a build repeats with the same input on page after page, kept by a key: at most
 * `limit` of them, the oldest forgotten first, because the kept renderer lives through many updates
 * and inputs edited away must not pile up there.
 */
export class KeptResults<Result extends NonNullable<unknown>, Key = string> {
  private readonly kept = new Map<Key, Result>()

  constructor(private readonly limit: number) {}

  /** The result kept for `key`, or `make()`'s, kept now (one lookup: results are never undefined). */
  get(key: Key, make: () => Result): Result {
    const kept = this.kept.get(key)
    if (kept !== undefined) return kept
    const result = make()
    if (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as Key)
    this.kept.set(key, result)
    return result
  }
}
