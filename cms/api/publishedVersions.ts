import type { Endpoint, PayloadRequest, Where } from 'payload'
import { type SnapshotCollection, snapshotCollections } from '../../shared/formats/contentSnapshot'

/** One document as the listing gives it. */
interface Version {
  id: number | string
  updatedAt: string
}

/**
 * GET /api/published-versions/:collection: every document of a collection an anonymous reader may
 * read, as its id and last update, in id order. It is what the site's incremental sync compares with
 * the live build's content (scripts/lib/contentSync.ts), and the same list as
 * `GET /api/<collection>?select[updatedAt]=true&pagination=false&sort=id` read anonymously, whoever asks.
 *
 * Why it exists: a publish retires every kept answer (api/answerCache.ts), so the sync after it made
 * Payload list all 10,000 documents afresh: 0.5 s of the 2.2 s a changed page took to go live at
 * 10,000 documents (organisations: 115 ms for 3,500 through Payload, 9 ms in one SQL query). On
 * SQLite and PostgreSQL this reads the two columns in one query, under the constraint the
 * collection's own read access gives an anonymous reader, when that constraint is one it knows
 * exactly (none, or published only); otherwise, and on MongoDB, it asks Payload.
 */
export const publishedVersionsEndpoint: Endpoint = {
  path: '/published-versions/:collection',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    if (!isSnapshotCollection(collection)) {
      return Response.json(
        { errors: [{ message: `No collection "${collection}" to list; one of: ${snapshotCollections.join(', ')}.` }] },
        { status: 404 },
      )
    }
    return Response.json({ docs: await publishedVersions(req, collection) })
  },
}

async function publishedVersions(req: PayloadRequest, collection: SnapshotCollection): Promise<Version[]> {
  const { payload } = req
  const read = payload.collections[collection].config.access.read
  // the rule as it answers an anonymous reader
  const rule = read ? await read({ req: { ...req, user: null } as PayloadRequest }) : false
  const constraint = rule === true ? 'none' : isPublishedOnly(rule) ? 'published' : undefined
  const db = payload.db as unknown as SqlAdapter
  // the adapters name a collection's table after its slug in snake case (funding_projects)
  const table = db.tables?.[db.tableNameMap?.get(collection.replaceAll('-', '_')) ?? '']
  if (constraint && (db.name === 'sqlite' || db.name === 'postgres') && table) {
    // each dialect's own drizzle: the two adapters may hold different copies of it
    const { asc, eq } = (
      db.name === 'sqlite'
        ? await import('@payloadcms/db-sqlite/drizzle')
        : await import('@payloadcms/db-postgres/drizzle')
    ) as Pick<typeof import('@payloadcms/db-sqlite/drizzle'), 'asc' | 'eq'>
    const select = db.drizzle.select({ id: table.id, updatedAt: table.updatedAt }).from(table)
    const rows: { id: number | string; updatedAt: string }[] = await (constraint === 'published'
      ? select.where(eq(table._status, 'published'))
      : select
    ).orderBy(asc(table.id))
    // as Payload gives it: SQLite keeps the ISO text, PostgreSQL answers "2026-12-05 16:49:20.395+00"
    return rows.map((row) => ({ id: row.id, updatedAt: new Date(row.updatedAt).toISOString() }))
  }
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { updatedAt: true },
    overrideAccess: false,
  })
  return docs.map((doc) => ({ id: doc.id, updatedAt: String(doc.updatedAt) }))
}

function isSnapshotCollection(slug: string): slug is SnapshotCollection {
  return (snapshotCollections as readonly string[]).includes(slug)
}

/** `{ _status: { equals: 'published' } }`, the anonymous rule of cms/access/publishedOrSignedIn.ts, and nothing else. */
function isPublishedOnly(rule: boolean | Where): boolean {
  if (typeof rule !== 'object' || Object.keys(rule).length !== 1) return false
  const status = rule._status as Record<string, unknown> | undefined
  return !!status && Object.keys(status).length === 1 && status.equals === 'published'
}

/** What this endpoint uses of Payload's SQL adapters (@payloadcms/drizzle). */
interface SqlAdapter {
  name: string
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's query builder and tables, typed per dialect
  drizzle: any
  // biome-ignore lint/suspicious/noExplicitAny: a table's columns by name
  tables?: Record<string, any>
  tableNameMap?: Map<string, string>
}
