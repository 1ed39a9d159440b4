import type { FieldHook, PayloadRequest, TextField, TextFieldSingleValidation, TypedLocale, Where } from 'payload'
import { claimedByAnother } from '../bulkLoad/writtenTogether'
import { requestTranslator } from '../i18n/messages'
import type { AnyDocument } from '../lib/anyDocument'
import { SLUG_PATTERN, toSlug, withSuffix } from '../lib/slug'

type SlugOverrides = Partial<Omit<TextField, 'type' | 'name'>>

/**
 * A localized, editable slug. Left empty, it is generated from `sourceField` in the locale being saved,
 * with Polish, Lithuanian and Italian letters transliterated, and a numeric suffix added if another
 * document already uses it in that locale. Typed in, it is normalised the same way and rejected if
 * another document in the collection uses it in the same locale.
 */
export function slugField(sourceField = 'title', overrides: SlugOverrides = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    // generated per locale from the title, so it is not a unit of translation of its own
    custom: { translatable: false },
    admin: {
      position: 'sidebar',
      description: `Part of the page address in this language. Leave empty to generate it from the ${sourceField}.`,
      ...overrides.admin,
    },
    hooks: { beforeValidate: [generateSlug(sourceField)] },
    validate: validateSlug,
    ...overrides,
  } as TextField
}

function generateSlug(sourceField: string): FieldHook<AnyDocument, string | null | undefined> {
  return async ({ value, data, req, collection, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || source.trim() === '' || !collection) return value
    const base = toSlug(source)
    if (!base) return value
    const ownId = originalDoc?.id ?? data?.id
    for (let n = 1; n < 100; n++) {
      const candidate = withSuffix(base, n)
      if (!(await slugTaken(req, collection.slug, candidate, ownId))) return candidate
    }
    return `${base}-${Date.now()}`
  }
}

const validateSlug: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return requestTranslator(req)('validation.slugCharacters')
  }
  if (!collectionSlug) return true
  if (await slugTaken(req, collectionSlug, value, id)) {
    return requestTranslator(req)('validation.slugTaken', { slug: value, locale: String(req.locale) })
  }
  return true
}

async function slugTaken(req: PayloadRequest, collection: string, slug: string, ownId: unknown): Promise<boolean> {
  const where: Where = { slug: { equals: slug } }
  if (ownId !== undefined && ownId !== null) where.id = { not_equals: ownId }
  const found = await req.payload.count({
    collection: collection as never,
    where,
    locale: (req.locale ?? undefined) as TypedLocale | undefined,
    overrideAccess: true,
    req,
  })
  // a document written in the same bulk batch, perhaps not stored yet, may have it too
  return found.totalDocs > 0 || claimedByAnother(req, collection, slug)
}
