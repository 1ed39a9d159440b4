import QuickLRU from 'quick-lru'

/**
 * Results of work a build repeats with the same input on page after page, kept by a key: the `limit`
 * used last are always kept, at most twice that in all, the least recently used forgotten first,
 * because the kept renderer lives through many updates and inputs edited away must not pile up there.
 *
 * Kept in quick-lru rather than a Map that drops its first key when full: V8 leaves a deleted
 * entry's slot in place until the Map is rebuilt, and finding the first key walks over those slots,
 * so once full, every new key cost a walk over up to the whole Map (300,000 keys through a Map of
 * 100,000 took 4.6 s, through quick-lru 0.1-0.2 s). quick-lru forgets a whole generation of keys at
 * a time and allocates only as keys come (lru-cache sets out all its room at once: 217 KB for a limit
 * of 10,000, and the site strings keep one per key and option). A full build at 10,000 documents
 * stays under the limits (81,120 addresses, 80,004 legal-form splits), but a larger site, or the kept
 * renderer after enough edits, would not.
 */
export class KeptResults<Result extends NonNullable<unknown>, Key = string> {
  private readonly kept: QuickLRU<Key, Result>

  constructor(limit: number) {
    this.kept = new QuickLRU({ maxSize: limit })
  }

  /** The result kept for `key`, or `make()`'s, kept now (one lookup: results are never undefined). */
  get(key: Key, make: () => Result): Result {
    const kept = this.kept.get(key)
    if (kept !== undefined) return kept
    const result = make()
    this.kept.set(key, result)
    return result
  }
}
