import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOrganization } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`localized slugs (${testDatabase})`, () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  const createRoute = (name: string, locale: 'pl' | 'it' | 'lt' | 'en', extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'routes', data: { name, sourceLocale: locale, ...extra }, locale })

  it('generates a transliterated slug per locale from the title', async () => {
    const route = await createRoute('Migruojančios kultūros', 'lt')
    await payload.update({ collection: 'routes', id: route.id, data: { name: 'Wędrujące kultury' }, locale: 'pl' })
    await payload.update({
      collection: 'routes',
      id: route.id,
      data: { name: "Culture dell'emigrazione" },
      locale: 'it',
    })
    await payload.update({ collection: 'routes', id: route.id, data: { name: 'Migrating Cultures' }, locale: 'en' })
    const stored = (await payload.findByID({ collection: 'routes', id: route.id, locale: 'all' })) as unknown as {
      slug: Record<string, string>
    }
    expect(stored.slug).toEqual({
      lt: 'migruojancios-kulturos',
      pl: 'wedrujace-kultury',
      it: 'culture-dell-emigrazione',
      en: 'migrating-cultures',
    })
  })

  it('keeps slugs unique per locale by numbering generated ones', async () => {
    const first = await createRoute('Żuławy', 'pl')
    const second = await createRoute('Żuławy', 'pl')
    expect([first.slug, second.slug]).toEqual(['zulawy', 'zulawy-2'])
    // the same slug in another locale is no clash
    const english = await createRoute('Zulawy', 'en')
    expect(english.slug).toBe('zulawy')
  })

  it('normalises a typed slug and keeps it when the title changes', async () => {
    const route = await createRoute('Antgamtiniai peizažai', 'lt', { slug: 'Antgamtiniai Peizažai Klaipėdoje' })
    expect(route.slug).toBe('antgamtiniai-peizazai-klaipedoje')
    const renamed = await payload.update({
      collection: 'routes',
      id: route.id,
      data: { name: 'Kiti peizažai' },
      locale: 'lt',
    })
    expect(renamed.slug).toBe('antgamtiniai-peizazai-klaipedoje')
  })

  it('rejects a typed slug another document uses in the same locale, and keeps the old one', async () => {
    const taken = await createRoute('Malonūs nuovargiai', 'lt')
    const other = await createRoute('Kitas maršrutas', 'lt')
    const error = await payload
      .update({ collection: 'routes', id: other.id, data: { slug: taken.slug }, locale: 'lt' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      {
        label: expect.anything(),
        path: 'slug',
        message: 'The slug "malonus-nuovargiai" is already used by another document in locale "lt".',
      },
    ])
    const stored = await payload.findByID({ collection: 'routes', id: other.id, locale: 'lt' })
    expect(stored.slug).toBe('kitas-marsrutas')
  })

  it('gives organisations slugs from their name', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: makeOrganization({ name: 'Związek Pracodawców Klastry Polskie' }),
      locale: 'pl',
    })
    expect(org.slug).toBe('zwiazek-pracodawcow-klastry-polskie')
  })
})
