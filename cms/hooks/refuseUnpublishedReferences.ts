import {
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { capitalizeFirst, requestTranslator } from '../i18n/messages'
import type { AnyDocument } from '../lib/anyDocument'
import { describeDocument, singularLabel } from '../lib/describeDocument'
import { keepingLocale } from '../lib/keepingLocale'
import { type Reference, referencesOf } from '../lib/relationships'
import { defaultLocale } from '../locales'

/**
 * A published document may point only at published documents (and at media, which has no drafts:
 * a media document that exists is public). The site shows published documents only, so a published
 * cluster whose coordinator is a draft would link to a page that does not exist. Every relationship
 * and upload field counts, wherever it sits (array rows, groups, hasMany, polymorphic); the fields are
 * found in the collection's config. Drafts may point at drafts: they are checked when published.
 * Refused with a ValidationError naming each field path and the document it points at, before anything
 * is written; the admin, REST, GraphQL, the Local API and scheduled publish jobs all pass through here.
 */
export const refuseUnpublishedReferences: CollectionBeforeChangeHook<AnyDocument> = async ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  // a save without `_status` keeps the document's status (a draft save always sets 'draft')
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const self = { relationTo: collection.slug, id: originalDoc?.id }
  const references = referencesOf(collection.fields as Field[], data, originalDoc).filter(
    (r) => !(r.relationTo === self.relationTo && String(r.id) === String(self.id)),
  )
  if (references.length === 0) return data

  const t = requestTranslator(req)
  const errors: { path: string; message: string }[] = []
  for (const [slug, refs] of Map.groupBy(references, (r) => r.relationTo)) {
    const target = req.payload.collections[slug as CollectionSlug]?.config
    if (!target) continue
    const found = await readTargets(req, slug, refs, target.admin?.useAsTitle, Boolean(target.versions?.drafts))
    for (const ref of refs) {
      const doc = found.get(String(ref.id))
      if (!doc) {
        errors.push({
          path: ref.path,
          message: t('validation.referenceMissing', { type: singularLabel(target, req.i18n), id: String(ref.id) }),
        })
      } else if (target.versions?.drafts && doc._status !== 'published') {
        errors.push({
          path: ref.path,
          message: capitalizeFirst(
            t('validation.referenceUnpublished', { document: describeDocument(target, doc, req.i18n) }),
            req.i18n,
          ),
        })
      }
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** The referenced documents as readers get them (their published version), by id. */
async function readTargets(
  req: PayloadRequest,
  slug: string,
  refs: Reference[],
  titleField: string | undefined,
  hasDrafts: boolean,
): Promise<Map<string, Record<string, unknown>>> {
  const locale = !req.locale || req.locale === 'all' ? defaultLocale : req.locale
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: [...new Set(refs.map((r) => r.id))] } },
      draft: false,
      depth: 0,
      locale: locale as never,
      overrideAccess: true,
      pagination: false,
      select: { ...(titleField ? { [titleField]: true } : {}), ...(hasDrafts ? { _status: true } : {}) } as never,
      req,
    }),
  )
  return new Map((docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
}
