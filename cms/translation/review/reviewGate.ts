import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Field,
  PayloadRequest,
} from 'payload'
import type { AnyDocument } from '../../lib/anyDocument'
import { type LocaleCode, localeCodes } from '../../locales'
import type { TranslationRecord } from '../hooks/trackTranslationStatus'
import { isUnapproved } from '../statuses'
import { withLocaleText } from './localeText'
import { publishedTranslation } from './publishedTranslation'
import { keepSourceText } from './sourceText'
import { writePublished } from './writePublished'

type Doc = Record<string, unknown>

/** What the gate learnt before a publish, for the same request's afterChange. */
interface HeldBack {
  locales: LocaleCode[]
  /** The document as it was published before this write; undefined when it never was. */
  published: Doc | undefined
}

const contextKey = (collection: string, id: unknown) => `reviewGate:${collection}:${String(id)}`

/**
 * The review gate, before a publish: which locales hold text that is not approved (a translator's or
 * reviewer's text waiting for review or sent back, which the status hook has just worked out), and
 * the document as it is published now, whose text those locales keep. Runs after
 * trackTranslationStatus; the publish itself is corrected after Payload has written it
 * (keepApprovedTextLive).
 */
export const holdBackUnapprovedLocales: CollectionBeforeChangeHook<AnyDocument> = async ({
  data,
  operation,
  originalDoc,
  req,
  collection,
}) => {
  if (operation !== 'update' || data._status !== 'published' || originalDoc?.id === undefined) return data
  const states = (data.translation ?? {}) as TranslationRecord
  const locales = localeCodes.filter((code) => isUnapproved(states[code]?.review))
  if (locales.length === 0) return data
  const current = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })) as Doc | null
  const held: HeldBack = { locales, published: current?._status === 'published' ? current : undefined }
  req.context[contextKey(collection.slug, originalDoc.id)] = held
  return data
}

/**
 * The review gate, after a publish: Payload has published the whole draft, every locale's text in it.
 * The locales whose text is not approved get back the text they had when last published (or none, so
 * the site shows its fallback), in the live document and its published version, and the draft with
 * their new text stays the latest version for the reviewer. In the request's transaction, so nobody
 * outside it ever reads the unapproved text as published. Must run before the site update is queued.
 */
export const keepApprovedTextLive: CollectionAfterChangeHook<AnyDocument> = async ({ doc, req, collection }) => {
  const key = contextKey(collection.slug, doc.id)
  const held = req.context[key] as HeldBack | undefined
  if (!held) return doc
  delete req.context[key]
  await keepLocales(req, collection.slug as CollectionSlug, collection.fields as Field[], doc.id, held)
  return doc
}

async function keepLocales(
  req: PayloadRequest,
  collection: CollectionSlug,
  fields: Field[],
  id: number | string,
  { locales, published }: HeldBack,
): Promise<void> {
  const { db } = req.payload
  const written = (await db.findOne({ collection, where: { id: { equals: id } }, req })) as Doc | null
  if (!written) return
  const { docs } = await db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 2,
    pagination: false,
    req,
  })
  const versions = docs as unknown as { id: number | string; version: Doc }[]
  const publishedVersion = versions.find((v) => v.version._status === 'published')
  // the whole draft: Payload's published version of it, or the snapshot it keeps after publishing one locale
  const draft = versions[0]?.version ?? written
  const live = withLocaleText(fields, written, published, locales)
  live.translation = publishedTranslation(fields, live, draft, published)
  await writePublished({
    req,
    collection,
    id,
    live,
    // after a publish of one locale, Payload has already kept the whole draft on top
    draft: versions[0]?.version._status === 'published' ? { ...draft, id } : undefined,
    publishedVersionId: publishedVersion?.id,
  })
}

/** After any write: records the source text under its fingerprint when the fingerprint is new (sourceText.ts). */
export const recordSourceText: CollectionAfterChangeHook<AnyDocument> = async ({
  doc,
  previousDoc,
  req,
  collection,
  operation,
}) => {
  const hash = (doc.translation as TranslationRecord | undefined)?.sourceHash
  if (!hash || hash === (previousDoc?.translation as TranslationRecord | undefined)?.sourceHash) return doc
  await keepSourceText(
    req,
    collection.slug as CollectionSlug,
    collection.fields as Field[],
    doc,
    hash,
    operation === 'create',
  )
  return doc
}
