import QuickLRU from 'quick-lru'

/**
 * The prepared statements a database connection keeps to run again, by their SQL: the `limit` used
 * last are always kept, at most twice that in all, the least recently used forgotten first.
 *
 * A statement is kept only when its SQL comes a second time while still remembered (the last
 * `seenLimit` SQL texts seen once are). Why: `node:sqlite` gives no way to free a statement; it is
 * freed when V8 collects its object, and until then SQLite holds its compiled program and a copy of
 * the values bound to it last (a document's text, tens of KB). A statement used once and dropped is
 * collected young, at the next minor collection. A kept one outlives two of those and moves to V8's
 * old generation, and once forgotten it waits there for a full collection, which a CMS with a 90 MB
 * heap seldom runs: its native memory piles up meanwhile and stays fragmented after. And SQL used
 * once is common: Payload's check for locked documents joins under a fresh random alias on every
 * save (`select distinct "payload_locked_documents"."id" … left join … "02624dbc_b9c4_…"`), 4,074
 * texts seen once against 32 that ran 100 times or more, in an editor-style load of 1,500 documents.
 * Keeping every statement, that load ended 57 MB above where it started; keeping none, 21 MB; keeping
 * SQL seen twice, 16 and 21 MB (two runs). Over the whole 10,000-document load (37,023 writes) in one
 * process: 18 MB (23 MB in the benchmark's run), against 302 and 329 MB when every statement was
 * kept; 34.9 documents/s (33.9), and the bulk load of the same documents 313 documents/s (276).
 */
export class KeptStatements<Statement extends NonNullable<unknown>> {
  readonly #kept: QuickLRU<string, Statement>
  readonly #seenOnce: QuickLRU<string, true>
  readonly #longestSql: number

  constructor({ limit, seenLimit, longestSql }: { limit: number; seenLimit: number; longestSql: number }) {
    this.#kept = new QuickLRU({ maxSize: limit })
    this.#seenOnce = new QuickLRU({ maxSize: seenLimit })
    this.#longestSql = longestSql
  }

  /** The statement kept for `sql`, if any (it becomes the most recently used). */
  get(sql: string): Statement | undefined {
    return this.#kept.get(sql)
  }

  /**
   * Offers a statement just prepared for `sql`: kept when the same SQL was offered before and is
   * still remembered, and is no longer than `longestSql` characters; otherwise only remembered.
   */
  offer(sql: string, statement: Statement): void {
    if (sql.length > this.#longestSql) return
    if (this.#seenOnce.delete(sql)) this.#kept.set(sql, statement)
    else this.#seenOnce.set(sql, true)
  }

  /** Whether a statement for `sql` is kept now. */
  has(sql: string): boolean {
    return this.#kept.has(sql)
  }

  clear(): void {
    this.#kept.clear()
    this.#seenOnce.clear()
  }
}
