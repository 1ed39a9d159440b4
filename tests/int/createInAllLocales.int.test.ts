import { type CollectionSlug, createLocalReq, Forbidden, type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInAllLocales } from '../../cms/bulkLoad/createInAllLocales'
import { type AllLocaleData, dataInLocale, localesWithText, withRowIds } from '../../cms/bulkLoad/localeData'
import { type LocaleCode, localeCodes } from '../../cms/locales'
import { runSeed } from '../../cms/seed/runSeed'
import { textFingerprint } from '../../cms/translation/fingerprint'
import { translatableUnits } from '../../cms/translation/units'
import { contentSlugs } from '../../shared/contentTypes'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

type Doc = Record<string, unknown>

/**
 * Strips what differs between two writes of the same content: ids, times, row ids, the slugs' suffix,
 * and the source fingerprint, which names each array row's text by the row's id (checked on its own).
 */
function comparable(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v, suffix))
  if (value === null || typeof value !== 'object') return value
  const out: Doc = {}
  for (const [key, v] of Object.entries(value as Doc)) {
    if (['id', 'createdAt', 'updatedAt', 'sourceTitle', 'updatedBy', 'sourceHash'].includes(key)) continue
    if (key === 'slug' && v && typeof v === 'object') {
      out.slug = Object.fromEntries(Object.entries(v as Doc).map(([l, s]) => [l, String(s).replace(suffix, '')]))
      continue
    }
    out[key] = comparable(v, suffix)
  }
  return out
}

/** A seeded document as new content: no id, times, row ids, seed identity or derived state; its own slugs. */
function asNewContent(doc: Doc, suffix: string): AllLocaleData {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value as Doc)
        .filter(([k]) => !['id', 'createdAt', 'updatedAt'].includes(k))
        .map(([k, v]) => [k, strip(v)]),
    )
  }
  const { translation: _t, seedKey: _k, seedHash: _h, sourceTitle: _s, livePages: _p, ...content } = strip(doc) as Doc
  const slug = Object.fromEntries(Object.entries((content.slug as Doc) ?? {}).map(([l, s]) => [l, `${s}${suffix}`]))
  return { ...content, slug }
}

describe(`creating a document in all its locales at once (${testDatabase})`, () => {
  let payload: Payload

  const fingerprintOf = (collection: CollectionSlug, doc: Doc) => {
    const { fields } = payload.collections[collection].config
    return textFingerprint(translatableUnits(fields, doc, doc.sourceLocale as string))
  }

  const readAll = async (collection: CollectionSlug, id: number | string, draft: boolean) =>
    (await payload.findByID({ collection, id, locale: 'all', depth: 0, draft, overrideAccess: true })) as unknown as Doc

  /** What an editor does: create in the source locale, then save each translation in its own locale. */
  const createAsEditor = async (collection: CollectionSlug, data: AllLocaleData) => {
    const fields = payload.collections[collection].config.flattenedFields
    const withIds = withRowIds(fields, data)
    const source = data.sourceLocale as LocaleCode
    const written = localesWithText(fields, withIds)
    const { id } = await payload.create({ collection, locale: source, data: dataInLocale(fields, withIds, source) })
    for (const locale of localeCodes.filter((l) => l !== source && written.has(l))) {
      await payload.update({ collection, id, locale, data: dataInLocale(fields, withIds, locale) })
    }
    return id
  }

  beforeAll(async () => {
    payload = await startTestCms()
    await runSeed(payload)
  })
  afterAll(async () => payload?.destroy())

  it.each(contentSlugs)(
    '%s: the same stored document, published version and translation status as an editor’s saves',
    async (collection) => {
      const { docs } = await payload.find({ collection, locale: 'all', depth: 0, limit: 1, sort: 'id' })
      expect(docs.length, `the seed has ${collection}`).toBe(1)
      const template = docs[0] as unknown as Doc

      const editorId = await createAsEditor(collection, asNewContent(template, '-editor'))
      const { id: bulkId } = await createInAllLocales({
        collection,
        data: asNewContent(template, '-bulk'),
        req: await createLocalReq({}, payload),
      })

      for (const draft of [true, false]) {
        const editor = comparable(await readAll(collection, editorId, draft), '-editor')
        const bulk = comparable(await readAll(collection, bulkId, draft), '-bulk')
        expect(bulk).toEqual(editor)
      }
      const stored = await readAll(collection, bulkId, true)
      const translation = stored.translation as Record<string, { status: string; sourceHash: string }>
      const source = template.sourceLocale as LocaleCode
      expect(translation[source]).toMatchObject({ status: 'source', sourceHash: fingerprintOf(collection, stored) })
      for (const locale of localeCodes.filter((l) => l !== source)) {
        expect(['translated', 'missing']).toContain(translation[locale].status)
      }
      // the source text is recorded, as for an editor's first save
      const sourceTexts = await payload.find({
        collection: 'source-texts',
        where: { document: { in: [`${collection}:${editorId}`, `${collection}:${bulkId}`] } },
        depth: 0,
      })
      const units = sourceTexts.docs.map((d) => (d as unknown as Doc).units)
      expect(units).toHaveLength(2)
      expect(comparable(units[1], '')).toEqual(comparable(units[0], ''))
    },
  )

  it('the new document is published to anonymous readers over REST', async () => {
    const [org] = (await payload.find({ collection: 'organizations', locale: 'all', depth: 0, limit: 1 }))
      .docs as unknown as Doc[]
    const req = await createLocalReq({}, payload)
    const { id } = await createInAllLocales({ collection: 'organizations', data: asNewContent(org, '-rest'), req })
    const { status, body } = await apiClient(payload).rest(`/api/organizations/${id}?locale=lt&depth=0`)
    expect(status).toBe(200)
    expect(body.slug).toBe(`${(org.slug as Doc).lt}-rest`)
  })

  it('a locale that breaks a rule is refused with the field named, and nothing of the document is written', async () => {
    const [org] = (await payload.find({ collection: 'organizations', locale: 'all', depth: 0, limit: 1 }))
      .docs as unknown as Doc[]
    const data = asNewContent(org, '-broken')
    // the Lithuanian slug is the template's own, which its document holds already
    const slug: Doc = { ...(data.slug as Doc), lt: (org.slug as Doc).lt }
    const before = await payload.count({ collection: 'organizations' })
    const req = await createLocalReq({}, payload)
    const error = await createInAllLocales({ collection: 'organizations', data: { ...data, slug }, req }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors.map((e) => e.path)).toEqual(['slug'])
    // one write holds every locale: the message says which locale's slug it is
    expect((error as ValidationError).data.errors[0].message).toMatch(/\(lt\)$/)
    expect(await payload.count({ collection: 'organizations' })).toEqual(before)
    expect(
      (await payload.findVersions({ collection: 'organizations', where: { 'version.slug': { equals: slug.en } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('a translator may not create documents this way; nothing is written', async () => {
    const [org] = (await payload.find({ collection: 'organizations', locale: 'all', depth: 0, limit: 1 }))
      .docs as unknown as Doc[]
    const { user } = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    const before = await payload.count({ collection: 'organizations' })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    const error = await createInAllLocales({ collection: 'organizations', data: asNewContent(org, '-t'), req }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Forbidden)
    expect(await payload.count({ collection: 'organizations' })).toEqual(before)
  })

  it('a rule on the fields every locale shares is enforced too: amounts that do not add up are refused', async () => {
    const [project] = (
      await payload.find({ collection: 'funding-projects', locale: 'all', depth: 0, limit: 1, sort: 'id' })
    ).docs as unknown as Doc[]
    const data = { ...asNewContent(project, '-sums'), totalBudget: '100.00', euContribution: '150.00' }
    const before = await payload.count({ collection: 'funding-projects' })
    const req = await createLocalReq({}, payload)
    const error = await createInAllLocales({ collection: 'funding-projects', data, req }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    // every amount of the sum is named, and the partner shares that now exceed the EU contribution
    const problems = (error as ValidationError).data.errors
    expect(problems.map((e) => e.path)).toEqual(['totalBudget', 'euContribution', 'ownContribution', 'partnerShares'])
    expect(problems[0].message).toContain('not the total budget (100.00)')
    expect(await payload.count({ collection: 'funding-projects' })).toEqual(before)
  })
})
