import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  type CollectionSlug,
  commitTransaction,
  type Field,
  Forbidden,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { isLocaleCode, type LocaleCode, localeCodes } from '../locales'
import { type AllLocaleData, dataInLocale, localesWithText, withRowIds } from './localeData'
import { localizedFields } from './localizedFields'
import { batchOf } from './writtenTogether'

/**
 * Creates one document with the text of all its locales in one database write: what the seed (and any
 * import of new content) needs, where an editor's way (create in the source locale, then one update per
 * translation) costs a whole Payload operation per locale, each reading back what the last one wrote.
 *
 * Every rule an editor's saves meet is met here, in Payload's own code:
 * - the source locale goes through every field's hooks and validation as a save in that locale does
 *   (slugs, money, dates, limits, required fields, relationship ids); then each further locale with text
 *   through the fields that hold text (localizedFields.ts), the others being the same in every locale;
 * - the collection's `beforeValidate` hooks run for each of those locales, its `beforeChange` hooks once
 *   with `req.locale` `'all'` on the document with every locale (the translation status is derived
 *   there: the source locale "source", each written locale "translated", the others "missing"; a
 *   published document that points at an unpublished one is refused);
 * - then the document and its version are written, and the collection's `afterChange` hooks run once,
 *   in the source locale (the source text is recorded; the site update is queued unless the context
 *   says not to).
 *
 * A refusal names the field and, in its message, the locale: `slug: … (lt)`.
 *
 * Differences, on purpose: it only creates; it is for code that loads content (the seed, the
 * benchmark, an import): with a signed-in user on `req` it checks the collection's create access, and
 * otherwise trusts its caller as the Local API does; and it returns the new id, not the document read
 * back. `data` is the document as a `locale: 'all'` read gives it (localeData.ts). The write runs in
 * `req`'s transaction when it has one, so a caller writing many documents in one transaction keeps
 * all or none of them; otherwise in its own.
 */
export async function createInAllLocales({
  collection,
  data,
  req,
}: {
  collection: CollectionSlug
  data: AllLocaleData
  req: PayloadRequest
}): Promise<{ id: number | string }> {
  const { payload } = req
  const config = payload.collections[collection].config
  const fields = config.flattenedFields
  // a signed-in caller (an import someone started) still needs the right to create documents here
  if (req.user && !(await config.access.create({ req, data }))) throw new Forbidden(req.t)
  const shouldCommit = await initTransaction(req)
  const requestLocale = req.locale
  try {
    const withIds = withRowIds(fields, data)
    const source = isLocaleCode(withIds.sourceLocale) ? withIds.sourceLocale : localeCodes[0]
    const written = localesWithText(fields, withIds)
    const locales = [source, ...localeCodes.filter((l) => l !== source && written.has(l))]

    // the source locale goes through every field; each further locale through the fields that hold text,
    // the others being the same in every locale (and validated once, in the source locale)
    const textFields = localizedFields(config)
    let withLocales: AllLocaleData = {}
    for (const locale of locales) {
      req.locale = locale
      const data = dataInLocale(fields, withIds, locale)
      try {
        if (locale === source) {
          withLocales = await saveInLocale(req, config, config.fields, data, withLocales)
        } else {
          const result = await saveInLocale(req, config, textFields.fields, data, withLocales)
          for (const name of textFields.names) if (name in result) withLocales[name] = result[name]
        }
      } catch (error) {
        throw inLocale(error, locale, req)
      }
    }

    req.locale = 'all'
    for (const hook of config.hooks.beforeChange ?? []) {
      withLocales =
        (await hook({ collection: config, context: req.context, data: withLocales, operation: 'create', req })) ??
        withLocales
    }

    const created = (await payload.db.create({ collection, data: withLocales, req, select: { id: true } })) as {
      id: number | string
    }
    const stored = { ...withLocales, id: created.id }
    if (config.versions) {
      // the version Payload's saveVersion makes on a create; its pruning to `maxPerDoc` is left out, a new
      // document having this one version only (it cost a query per document)
      const now = new Date().toISOString()
      await payload.db.createVersion({
        autosave: false,
        collectionSlug: collection,
        createdAt: now,
        parent: created.id,
        req,
        returning: false,
        updatedAt: now,
        versionData: stored,
      })
    }

    req.locale = source
    const doc = { ...dataInLocale(fields, stored, source as LocaleCode), id: created.id }
    const afterChange = async () => {
      for (const hook of config.hooks.afterChange ?? []) {
        await hook({
          collection: config,
          context: req.context,
          data: doc,
          doc,
          operation: 'create',
          previousDoc: {},
          req,
        })
      }
    }
    // documents written together in one transaction take turns here (writtenTogether.ts)
    const batch = batchOf(req)
    await (batch ? batch.takeTurn(afterChange) : afterChange())
    if (shouldCommit) await commitTransaction(req)
    return { id: created.id }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  } finally {
    req.locale = requestLocale
  }
}

type CollectionConfig = PayloadRequest['payload']['collections'][CollectionSlug]['config']

/**
 * A locale's refusal, each problem naming the locale it is in: one write holds every locale, so "slug:
 * already taken" alone would not say which locale's slug.
 */
function inLocale(error: unknown, locale: string, req: PayloadRequest): unknown {
  if (!(error instanceof ValidationError)) return error
  const errors = error.data.errors.map((e) => ({ ...e, message: `${e.message} (${locale})` }))
  return new ValidationError({ collection: error.data.collection, errors, req }, req.t)
}

/**
 * One locale's text through what Payload runs on a save in that locale, up to the database write, for
 * `fields` (all of the collection's, or those that hold text):
 * the fields' `beforeValidate` hooks (defaults, slugs), the collection's `beforeValidate` hooks, and the
 * fields' `beforeChange` hooks and validation, which merge the locale into `withLocales`.
 */
async function saveInLocale(
  req: PayloadRequest,
  config: CollectionConfig,
  fields: Field[],
  localeData: AllLocaleData,
  withLocales: AllLocaleData,
): Promise<AllLocaleData> {
  let data = localeData
  const common = { collection: config, context: req.context, global: null, operation: 'create' as const, req }
  await beforeValidateTraverseFields({
    ...common,
    data,
    doc: {},
    fields,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    siblingData: data,
    siblingDoc: {},
  })
  for (const hook of config.hooks.beforeValidate ?? []) {
    data = (await hook({ ...common, data, originalDoc: {} })) ?? data
  }
  // what Payload's beforeChange does around its traversal: work on a copy, collect every field's error
  // before refusing, then merge this locale's values into the other locales'
  const result = structuredClone(data)
  const errors: { label?: string; message: string; path: string }[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
  await beforeChangeTraverseFields({
    ...common,
    data: result,
    doc: {},
    docWithLocales: withLocales,
    errors,
    fieldLabelPath: '',
    fields,
    mergeLocaleActions,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    siblingData: result,
    siblingDoc: {},
    siblingDocWithLocales: withLocales,
    skipValidation: false,
  })
  if (errors.length > 0) throw new ValidationError({ collection: config.slug, errors, req }, req.t)
  for (const action of mergeLocaleActions) await action()
  return result
}
