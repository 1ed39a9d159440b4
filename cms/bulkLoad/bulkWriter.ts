import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { createInAllLocales } from './createInAllLocales'
import type { AllLocaleData } from './localeData'
import { WRITTEN_TOGETHER, type WrittenTogether, writtenTogether } from './writtenTogether'

export interface BulkWriterOptions {
  /** Documents committed at a time: one transaction per document would sync the disk per document. */
  batchSize?: number
  /**
   * Documents under way at once. On PostgreSQL a document's JavaScript (hooks, validation, building the
   * SQL) then runs while the server works on another's statements: a bulk load spent about 40 % of its
   * time waiting for the server, one document at a time. On SQLite, whose calls do not wait, it changes
   * nothing.
   */
  inFlight?: number
  /** Given to every write's hooks (e.g. `skipSiteUpdate`). */
  context?: RequestContext
}

/**
 * Writes many new documents with `createInAllLocales`, a batch per transaction, several under way at
 * once in the batch's transaction. `write` returns once the document is under way; `flush` waits for
 * every write and commits. If a write fails, its batch is rolled back, `flush` (or the next `write`)
 * throws its error, and nothing more is written.
 *
 * Documents under way together check each other's slugs as well as the database's, and run their
 * `afterChange` hooks one document at a time (writtenTogether.ts).
 */
export class BulkWriter {
  readonly #payload: Payload
  readonly #batchSize: number
  readonly #inFlight: number
  readonly #context: RequestContext
  #batch: { req: PayloadRequest; size: number; shared: WrittenTogether } | undefined
  readonly #pending = new Set<Promise<void>>()
  #failure: { error: unknown } | undefined

  constructor(payload: Payload, { batchSize = 100, inFlight = 2, context = {} }: BulkWriterOptions = {}) {
    this.#payload = payload
    this.#batchSize = batchSize
    this.#inFlight = inFlight
    this.#context = context
  }

  /** Starts writing one document; `written` is told its id once it is written (not yet committed). */
  async write(collection: CollectionSlug, data: AllLocaleData, written?: (id: number | string) => void): Promise<void> {
    while (this.#pending.size >= this.#inFlight) await Promise.race(this.#pending)
    await this.#stopIfFailed()
    if (this.#batch && this.#batch.size >= this.#batchSize) await this.#commit()
    const batch = this.#batch ?? (await this.#begin())
    batch.size++
    // each document has a request of its own (createInAllLocales sets its locale as it goes) in the
    // batch's transaction
    const req = await createLocalReq({ context: { ...this.#context, [WRITTEN_TOGETHER]: batch.shared } }, this.#payload)
    req.transactionID = batch.req.transactionID
    const pending: Promise<void> = createInAllLocales({ collection, data, req })
      .then(({ id }) => written?.(id))
      .catch((error: unknown) => {
        this.#failure ??= { error }
      })
    this.#pending.add(pending)
    void pending.finally(() => this.#pending.delete(pending))
  }

  /** Waits for every write under way and commits them; throws the first failure, if any. */
  async flush(): Promise<void> {
    await this.#commit()
  }

  async #begin() {
    const req = await createLocalReq({ context: this.#context }, this.#payload)
    await initTransaction(req)
    this.#batch = { req, size: 0, shared: writtenTogether() }
    return this.#batch
  }

  async #commit() {
    await Promise.all(this.#pending)
    await this.#stopIfFailed()
    const batch = this.#batch
    this.#batch = undefined
    if (batch) await commitTransaction(batch.req)
  }

  /** After a failed write: rolls its batch back, once every write of it has settled, and throws. */
  async #stopIfFailed() {
    if (!this.#failure) return
    await Promise.all(this.#pending)
    const batch = this.#batch
    this.#batch = undefined
    if (batch) await killTransaction(batch.req)
    throw this.#failure.error
  }
}
