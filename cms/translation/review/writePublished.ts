import type { CollectionSlug, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

/** Fields that differ between two copies of the same content without a change of content. */
const volatile = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/** What to write: the live document, and the draft that must stay the latest version on top of it. */
export interface PublishedWrite {
  req: PayloadRequest
  collection: string
  id: number | string
  /** The document as it goes live, as the database holds it (localized values as maps of locales). */
  live: Doc
  /** The latest draft: kept as the newest version when its content differs from `live`; none when it already is. */
  draft?: Doc
  /** The published version this request already wrote, to be corrected in place; else one is added. */
  publishedVersionId?: number | string
}

/**
 * Writes a published document whose text per locale was chosen by the review gate: the collection's
 * row (what every anonymous read, the site and the sitemap see) and its published version, then the
 * draft on top as a version that Payload's versions list leaves out (a "snapshot", as Payload's own
 * per-locale publishing keeps the rest of a draft), so the admin keeps showing what waits for review.
 * Database-level writes in the request's transaction: Payload has no operation that publishes some
 * locales of a draft and keeps the others as they were published.
 */
export async function writePublished({
  req,
  collection,
  id,
  live,
  draft,
  publishedVersionId,
}: PublishedWrite): Promise<void> {
  const { db } = req.payload
  const slug = collection as CollectionSlug
  const stamp = typeof live.updatedAt === 'string' ? live.updatedAt : new Date().toISOString()
  await db.updateOne({
    collection: slug,
    id,
    data: { ...live, _status: 'published', updatedAt: stamp },
    req,
    returning: false,
  })
  let versionStamp = stamp
  if (publishedVersionId !== undefined) {
    const { docs } = await db.findVersions({
      collection: slug,
      where: { id: { equals: publishedVersionId } },
      limit: 1,
      pagination: false,
      req,
    })
    const row = docs[0] as unknown as { createdAt: string; updatedAt: string; latest?: boolean } | undefined
    if (!row) throw new Error(`No version ${publishedVersionId} of ${collection} ${id}`)
    versionStamp = row.updatedAt
    await db.updateVersion({
      collection: slug,
      id: publishedVersionId,
      versionData: {
        parent: id,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        latest: row.latest,
        version: { ...live, _status: 'published', updatedAt: stamp },
      } as never,
      req,
      returning: false,
    })
  } else {
    await addVersion({ ...live, _status: 'published', updatedAt: stamp }, stamp)
  }
  if (!draft || sameContent(live, draft)) return
  // strictly newer than the published version, so it is the one marked latest; the document's stamp
  // stays the one its writer was answered with, so their next save is not stale
  const after = new Date(Math.max(Date.now(), Date.parse(versionStamp) + 1)).toISOString()
  await addVersion({ ...draft, _status: 'draft', updatedAt: stamp }, after, true)

  async function addVersion(versionData: Doc, at: string, snapshot?: true) {
    await db.createVersion({
      collectionSlug: slug,
      parent: id,
      versionData: versionData as never,
      autosave: false,
      snapshot,
      createdAt: at,
      updatedAt: at,
      req,
      returning: false,
    })
  }
}

/** True when two copies of a document hold the same content (timestamps and status aside). */
export function sameContent(a: Doc, b: Doc): boolean {
  return canonical(a, true) === canonical(b, true)
}

function canonical(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Doc)
      .filter(([key, v]) => !(top && volatile.has(key)) && v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
