import pg from 'pg'

/**
 * A PostgreSQL connection that sends the queries it is given one after another, each once the one
 * before has answered. node-postgres does the same with a queue of its own, but calling `query` while
 * one is under way is deprecated there (to be removed in pg 9). Payload never does; a bulk write
 * (bulkLoad/bulkWriter.ts) does on purpose: several documents share one transaction, and one's
 * JavaScript runs while the server answers another's statement (a bulk load one document at a time
 * spent about 40 % of its time waiting for the server).
 *
 * Only the promise form of `query` (the only one Payload and Drizzle use) is queued here; a call with a
 * callback, or of a submittable (a cursor), goes to node-postgres as it is.
 */
export class QueuedClient extends pg.Client {
  #previous: Promise<unknown> = Promise.resolve()

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query has many overloads
  override query(...args: any[]): any {
    const [config, values, callback] = args
    if (typeof config?.submit === 'function' || typeof values === 'function' || typeof callback === 'function') {
      return (super.query as (...args: unknown[]) => unknown)(...args)
    }
    const result = this.#previous.then(() => super.query(config, values))
    this.#previous = result.catch(() => undefined)
    return result
  }
}
