import type { PayloadRequest } from 'payload'

/**
 * What the documents written together in one transaction (bulkWriter.ts) share, carried in each one's
 * `req.context`. Two documents under way at once would otherwise each read a row before the other's
 * write and act on it unchanged:
 * - slugs: each would find a slug free in the database and both take it. So a slug found free there is
 *   also claimed here, and a slug another document of the batch claimed is taken. Checking and claiming
 *   run with no `await` between them, so no other document's check can come between;
 * - `afterChange` hooks (createInAllLocales.ts), which read and then write rows the documents share (the
 *   queued site update each new published document joins): they take turns, one document at a time.
 */
export interface WrittenTogether {
  /** The slugs claimed so far, by collection, locale and slug, with the request of the document that took each. */
  slugClaims: Map<string, PayloadRequest>
  /** Runs `run` once the turns given before it have ended. */
  takeTurn(run: () => Promise<void>): Promise<void>
}

/** Where a bulk write's requests carry what their batch shares, in `req.context`. */
export const WRITTEN_TOGETHER = 'bulkWriterBatch'

/** A new batch's shared state. */
export function writtenTogether(): WrittenTogether {
  let turns: Promise<unknown> = Promise.resolve()
  return {
    slugClaims: new Map(),
    takeTurn(run) {
      const turn = turns.then(run)
      turns = turn.catch(() => undefined)
      return turn
    },
  }
}

/** What `req`'s batch shares, or undefined outside a bulk write. */
export function batchOf(req: PayloadRequest): WrittenTogether | undefined {
  return req.context?.[WRITTEN_TOGETHER] as WrittenTogether | undefined
}

/**
 * Whether another document being written in the same batch as `req`'s took `slug` in `req`'s locale;
 * if none did, `req`'s document claims it. Called only once the database found it free. Outside a
 * bulk write, a slug free in the database is free.
 */
export function claimedByAnother(req: PayloadRequest, collection: string, slug: string): boolean {
  const claims = batchOf(req)?.slugClaims
  if (!claims) return false
  const key = `${collection}\u0000${String(req.locale)}\u0000${slug}`
  const owner = claims.get(key)
  if (owner && owner !== req) return true
  claims.set(key, req)
  return false
}
