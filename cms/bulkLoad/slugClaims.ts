import type { PayloadRequest } from 'payload'

/**
 * The slugs taken by documents being written together in one transaction (bulkWriter.ts), not all of
 * them stored yet. Two documents under way at once would each find a slug free in the database and both
 * take it; so a slug found free there is also claimed here, and a slug another document of the batch
 * claimed is taken. Checking and claiming run with no `await` between them, so no other document's
 * check can come between.
 */
export type SlugClaims = Map<string, PayloadRequest>

/** Where a bulk write's requests carry their batch's claims, in `req.context`. */
export const SLUG_CLAIMS = 'bulkWriterSlugClaims'

/**
 * Whether another document being written in the same batch as `req`'s took `slug` in `req`'s locale;
 * if none did, `req`'s document claims it. Called only once the database found it free. Outside a
 * bulk write (no claims in the context), a slug free in the database is free.
 */
export function claimedByAnother(req: PayloadRequest, collection: string, slug: string): boolean {
  const claims = req.context?.[SLUG_CLAIMS] as SlugClaims | undefined
  if (!claims) return false
  const key = `${collection}\u0000${String(req.locale)}\u0000${slug}`
  const owner = claims.get(key)
  if (owner && owner !== req) return true
  claims.set(key, req)
  return false
}
