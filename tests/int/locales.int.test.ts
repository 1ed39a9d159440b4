import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocaleCode, localeCodes } from '../../cms/locales'
import { apiClient } from './support/api'
import { createPublishedOrganization } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'
import { asInvalid, fromFieldNames } from './support/unchecked'

/** A distinct text per locale, with each language's own letters so encoding loss would show. */
const text = (field: string, locale: LocaleCode) =>
  `${field} ${locale} ${{ pl: 'zażółć', it: 'perché', lt: 'ąčęėįšųūž', en: 'plain' }[locale]}`

/** For each collection: data that is not localized, and the localized fields (top level and in array rows). */
const cases: {
  collection: CollectionSlug
  base: (refs: { org: number | string }) => Record<string, unknown>
  fields: string[]
  rows?: [string, string]
}[] = [
  { collection: 'organizations', base: () => ({ country: 'LT' }), fields: ['name', 'city', 'summary'] },
  {
    collection: 'clusters',
    base: ({ org }) => ({ coordinator: org, foundedOn: '2012' }),
    fields: ['name', 'sector', 'region', 'summary'],
    rows: ['goals', 'goal'],
  },
  {
    collection: 'funding-projects',
    base: () => ({ euContribution: '10.00', ownContribution: '5.00' }),
    fields: ['title', 'programme', 'summary', 'targetGroups'],
    rows: ['linesOfActivity', 'title'],
  },
  {
    collection: 'routes',
    base: () => ({ lengthKm: 12.5 }),
    fields: ['name', 'region', 'theme'],
    rows: ['stops', 'name'],
  },
  {
    collection: 'policy-documents',
    base: () => ({ level: 'regional', documentType: 'programme', adoptedOn: '2009-06' }),
    fields: ['title', 'summary'],
    rows: ['tasks', 'task'],
  },
  {
    collection: 'events',
    base: ({ org }) => ({ startDate: '2013-05-10', organizer: org }),
    fields: ['title', 'place', 'summary'],
  },
]

describe(`four locales (${testDatabase})`, () => {
  let payload: Payload
  let org: number | string

  beforeAll(async () => {
    payload = await startTestCms()
    // published: the published clusters and events below name it, and a published document may only
    // point at a published one
    org = await createPublishedOrganization(payload)
  })
  afterAll(async () => payload?.destroy())

  for (const { collection, base, fields, rows } of cases) {
    it(`${collection} round-trips all four locales, array rows included`, async () => {
      const dataFor = (locale: LocaleCode, rowIds?: (string | number)[]) => ({
        ...Object.fromEntries(fields.map((f) => [f, text(f, locale)])),
        ...(rows
          ? {
              [rows[0]]: [0, 1].map((i) => ({
                ...(rowIds ? { id: rowIds[i] } : {}),
                [rows[1]]: text(`${rows[1]} ${i}`, locale),
              })),
            }
          : {}),
      })
      const created = (await payload.create({
        collection,
        data: fromFieldNames({ ...base({ org }), ...dataFor('pl'), sourceLocale: 'pl', _status: 'published' }),
        locale: 'pl',
      })) as unknown as Record<string, any>
      const rowIds = rows ? created[rows[0]].map((r: { id: string }) => r.id) : undefined
      for (const locale of localeCodes.filter((l) => l !== 'pl')) {
        await payload.update({ collection, id: created.id, data: fromFieldNames(dataFor(locale, rowIds)), locale })
      }
      const all = (await payload.findByID({
        collection,
        id: created.id,
        locale: 'all',
        depth: 0,
      })) as unknown as Record<string, any>
      for (const field of fields) {
        expect(all[field], field).toEqual(Object.fromEntries(localeCodes.map((l) => [l, text(field, l)])))
      }
      if (rows) {
        expect(all[rows[0]].map((r: Record<string, unknown>) => r[rows[1]])).toEqual(
          [0, 1].map((i) => Object.fromEntries(localeCodes.map((l) => [l, text(`${rows[1]} ${i}`, l)]))),
        )
      }
      expect(all.sourceLocale).toBe('pl')
    })
  }

  it('media keep localized alt text, and sharp makes WebP sizes', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer()
    const media = (await payload.create({
      collection: 'media',
      data: { alt: text('alt', 'en') },
      file: { data: png, mimetype: 'image/png', name: 'harbour.png', size: png.length },
      locale: 'en',
    })) as unknown as Record<string, any>
    for (const locale of ['pl', 'it', 'lt'] as const) {
      await payload.update({ collection: 'media', id: media.id, data: { alt: text('alt', locale) }, locale })
    }
    const all = (await payload.findByID({ collection: 'media', id: media.id, locale: 'all' })) as unknown as Record<
      string,
      any
    >
    expect(all.alt).toEqual(Object.fromEntries(localeCodes.map((l) => [l, text('alt', l)])))
    expect(all.sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(all.sizes.card).toMatchObject({ width: 768, height: 512, mimeType: 'image/webp' })
    // the 1600 px size is not enlarged beyond the 1200 px original
    expect(all.sizes.hero).toMatchObject({ width: 1200, height: 800, mimeType: 'image/webp' })
  })

  it('site settings round-trip all four locales', async () => {
    for (const locale of localeCodes) {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: text('site', locale), contact: { address: text('address', locale) } },
        locale,
      })
    }
    const all = (await payload.findGlobal({ slug: 'site-settings', locale: 'all' })) as unknown as Record<string, any>
    expect(all.siteName).toEqual(Object.fromEntries(localeCodes.map((l) => [l, text('site', l)])))
    expect(all.contact.address).toEqual(Object.fromEntries(localeCodes.map((l) => [l, text('address', l)])))
  })

  describe('fallback', () => {
    let id: number | string

    beforeAll(async () => {
      const doc = await payload.create({
        collection: 'clusters',
        data: { name: 'Klaster LTPP', summary: 'Polski opis', sourceLocale: 'pl', _status: 'published' },
        locale: 'pl',
      })
      id = doc.id
      await payload.update({ collection: 'clusters', id, data: { name: 'LTPP Cluster' }, locale: 'en' })
    })

    it('an untranslated field in pl, it or lt falls back to English', async () => {
      const lt = await payload.findByID({ collection: 'clusters', id, locale: 'lt' })
      expect(lt.name).toBe('LTPP Cluster')
      const it_ = await payload.findByID({ collection: 'clusters', id, locale: 'it' })
      expect(it_.name).toBe('LTPP Cluster')
    })

    it('English does not fall back: the source-locale step is the site’s, per document', async () => {
      const en = await payload.findByID({ collection: 'clusters', id, locale: 'en' })
      expect(en.summary ?? null).toBeNull()
      expect(en.sourceLocale).toBe('pl')
    })

    it('a translated field is never replaced by the fallback', async () => {
      const pl = await payload.findByID({ collection: 'clusters', id, locale: 'pl' })
      expect([pl.name, pl.summary]).toEqual(['Klaster LTPP', 'Polski opis'])
    })

    it('fallback can be switched off to see what is really missing', async () => {
      const lt = await payload.findByID({ collection: 'clusters', id, locale: 'lt', fallbackLocale: false })
      expect(lt.name ?? null).toBeNull()
      const api = apiClient(payload)
      const { body } = await api.rest(`/api/clusters/${id}?locale=lt&fallback-locale=none`)
      expect(body.name ?? null).toBeNull()
      const withFallback = await api.rest(`/api/clusters/${id}?locale=lt`)
      expect(withFallback.body.name).toBe('LTPP Cluster')
    })

    it('a misspelt locale is refused with the list of locales instead of empty fields', async () => {
      const api = apiClient(payload)
      const { status, body } = await api.rest(`/api/clusters/${id}?locale=lv`)
      expect(status).toBe(400)
      expect(body.errors[0].message).toBe('Unknown locale "lv". Use one of pl, it, lt, en, or all.')
      const list = await api.rest('/api/clusters?locale=EN')
      expect(list.status).toBe(400)
      const global = await api.rest('/api/globals/site-settings?locale=de')
      expect(global.status).toBe(400)
      await expect(payload.find({ collection: 'clusters', locale: asInvalid('xx') })).rejects.toThrow(
        'Unknown locale "xx"',
      )
    })

    it('locale=all gives every locale as stored, without fallback', async () => {
      const all = (await payload.findByID({ collection: 'clusters', id, locale: 'all' })) as unknown as Record<
        string,
        any
      >
      expect(all.name).toEqual({ pl: 'Klaster LTPP', en: 'LTPP Cluster' })
    })
  })
})
