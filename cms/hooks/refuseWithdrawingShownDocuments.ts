import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  combineQueries,
  executeAccess,
  type Field,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'
import { listInLanguage, requestTranslator } from '../i18n/messages'
import { describeDocument, documentTitle } from '../lib/describeDocument'
import { keepingLocale } from '../lib/keepingLocale'
import { latestVersion } from '../lib/latestVersion'
import { referencesOf, relationshipPaths } from '../lib/relationships'
import { defaultLocale } from '../locales'

/** How many of the documents that show one are named in the message; the rest are counted. */
const NAMED = 5

type Id = number | string

interface WriteArgs {
  id?: Id
  where?: Where
  data?: Record<string, unknown>
  draft?: boolean
  unpublishAllLocales?: boolean | string
  overrideAccess?: boolean
  req: PayloadRequest
}

/**
 * A document that published documents show may not be unpublished or deleted: their pages would point
 * at a page that is gone. "Show" means the published version of a document (what readers get) refers
 * to it through any relationship or upload field. Refused with 409 before anything is written, naming
 * the documents that show it (collection, title, id; the count of any more), for single and bulk
 * deletes and updates alike. In a bulk operation the documents it takes away together do not count:
 * a cluster may be deleted together with its coordinator. Access is decided first, as Payload would,
 * so a user who may not do the operation at all is told that instead.
 */
export const refuseWithdrawingShownDocuments: CollectionBeforeOperationHook = async ({
  args,
  operation,
  collection,
  req,
}) => {
  if (operation !== 'delete' && operation !== 'update') return args
  const write = args as WriteArgs
  const hasDrafts = Boolean(collection.versions?.drafts)
  // a draft save leaves the published version as it is; a collection without drafts cannot be unpublished
  if (operation === 'update' && (write.draft || !hasDrafts || write.data?._status === 'published')) return args
  // the common save of one document without a status (e.g. a translation of a published one) keeps it
  // published unless a draft was saved over it since: one read settles it
  if (operation === 'update' && write.id !== undefined && write.data?._status === undefined) {
    if (!write.unpublishAllLocales && !(await latestIsDraft(collection, write.id, req))) return args
  }
  const affected = await affectedDocuments(collection, operation, write, req)
  if (affected === null || affected.length === 0) return args
  const withdrawn: Record<string, unknown>[] = []
  for (const doc of affected) {
    if (hasDrafts && doc._status !== 'published') continue
    if (operation === 'update' && !(await becomesDraft(collection, doc, write, req))) continue
    withdrawn.push(doc)
  }
  if (withdrawn.length === 0) return args

  const leaving = affected.map((d) => d.id as Id)
  const t = requestTranslator(req)
  const problems: string[] = []
  const details: { id: Id; shownBy: { collection: string; id: Id; title: string }[]; more: number }[] = []
  for (const doc of withdrawn) {
    const { shownBy, total } = await publishedDocumentsShowing(req, collection.slug, doc.id as Id, leaving)
    if (total === 0) continue
    const named = shownBy.map((s) => s.description)
    const more = total - named.length
    const by = listInLanguage(req.i18n, more > 0 ? [...named, t('conflicts.more', { count: more })] : named)
    problems.push(t('conflicts.shownBy', { document: describeDocument(collection, doc, req.i18n), by }))
    details.push({
      id: doc.id as Id,
      shownBy: shownBy.map(({ collection, id, title }) => ({ collection, id, title })),
      more,
    })
  }
  if (problems.length === 0) return args
  // a bulk operation may run into many: the message names a few, the data carries them all
  const told =
    problems.length > NAMED
      ? [...problems.slice(0, NAMED), t('conflicts.more', { count: problems.length - NAMED })]
      : problems
  const message = operation === 'delete' ? 'conflicts.cannotDelete' : 'conflicts.cannotUnpublish'
  throw new ShownDocumentsConflict(t(message, { problems: told.join('; ') }), { documents: details })
}

/** The refusal: 409, public, and logged as information (an editor was told; nothing went wrong). */
export class ShownDocumentsConflict extends APIError {
  /** The error's name, by which payload.config sets its logging level. */
  static readonly errorName = 'ShownDocumentsConflict'
  override name = ShownDocumentsConflict.errorName
  constructor(message: string, data: { documents: unknown[] }) {
    super(message, 409, data, true)
  }
}

/**
 * The documents the operation would change, with their published state and title, or null when the
 * user may not do the operation at all (Payload refuses it next, with its own message).
 */
async function affectedDocuments(
  collection: SanitizedCollectionConfig,
  operation: 'delete' | 'update',
  write: WriteArgs,
  req: PayloadRequest,
): Promise<Record<string, unknown>[] | null> {
  let where: Where = write.id !== undefined ? { id: { equals: write.id } } : (write.where ?? {})
  if (!write.overrideAccess) {
    const access = await executeAccess(
      { id: write.id, req, disableErrors: true },
      collection.access[operation === 'delete' ? 'delete' : 'update'],
    )
    if (!access) return null
    where = combineQueries(where, access)
  }
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({
      collection: collection.slug as CollectionSlug,
      where,
      draft: false,
      depth: 0,
      locale: readLocale(req) as never,
      overrideAccess: true,
      pagination: false,
      // in the order they were made, so a message names the same ones every time
      sort: 'id',
      req,
    }),
  )
  return docs as unknown as Record<string, unknown>[]
}

/** Whether an update without `draft` leaves a published document unpublished. */
async function becomesDraft(
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  write: WriteArgs,
  req: PayloadRequest,
): Promise<boolean> {
  if (write.unpublishAllLocales === true || write.unpublishAllLocales === 'true') return true
  const status = write.data?._status
  if (status !== undefined) return status === 'draft'
  // without a status, Payload keeps the latest version's, which is a draft when one was saved since
  return latestIsDraft(collection, doc.id as Id, req)
}

async function latestIsDraft(collection: SanitizedCollectionConfig, id: Id, req: PayloadRequest): Promise<boolean> {
  const latest = await latestVersion({ req, collection: collection.slug, id, locale: readLocale(req), orNull: true })
  return latest?._status === 'draft'
}

/**
 * Published documents of every collection with drafts whose published version refers to the document
 * (`leaving`: documents of its own collection going away in the same operation, which do not count).
 */
async function publishedDocumentsShowing(
  req: PayloadRequest,
  slug: string,
  id: Id,
  leaving: Id[],
): Promise<{ shownBy: { collection: string; id: Id; title: string; description: string }[]; total: number }> {
  const shownBy: { collection: string; id: Id; title: string; description: string }[] = []
  let total = 0
  for (const { config } of Object.values(req.payload.collections)) {
    if (!config.versions?.drafts) continue
    const paths = relationshipPaths(config.fields as Field[]).filter((p) => p.relationTo.includes(slug))
    if (paths.length === 0) continue
    const refersToIt: Where[] = paths.map((p) =>
      p.polymorphic
        ? { and: [{ [`${p.path}.relationTo`]: { equals: slug } }, { [`${p.path}.value`]: { equals: id } }] }
        : { [p.path]: { equals: id } },
    )
    const notLeaving: Where[] = config.slug === slug ? [{ id: { not_in: [...leaving, id] } }] : []
    const { docs, totalDocs } = await keepingLocale(req, () =>
      req.payload.find({
        collection: config.slug as CollectionSlug,
        where: { and: [{ _status: { equals: 'published' } }, { or: refersToIt }, ...notLeaving] },
        draft: false,
        depth: 0,
        locale: readLocale(req) as never,
        overrideAccess: true,
        limit: NAMED,
        sort: 'id',
        req,
      }),
    )
    // the query is exact for plain relationships; a polymorphic list is checked pair by pair here
    const showing = (docs as unknown as Record<string, unknown>[]).filter((doc) =>
      referencesOf(config.fields as Field[], doc).some((r) => r.relationTo === slug && String(r.id) === String(id)),
    )
    total += totalDocs - (docs.length - showing.length)
    for (const doc of showing) {
      if (shownBy.length >= NAMED) break
      shownBy.push({
        collection: config.slug,
        id: doc.id as Id,
        title: documentTitle(config, doc),
        description: describeDocument(config, doc, req.i18n),
      })
    }
  }
  return { shownBy, total }
}

const readLocale = (req: PayloadRequest) => (!req.locale || req.locale === 'all' ? defaultLocale : req.locale)
