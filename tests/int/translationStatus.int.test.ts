import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../cms/locales'
import type { FundingProject } from '../../cms/payload-types'
import { runSeed } from '../../cms/seed/runSeed'
import { apiClient } from './support/api'
import { makeProject, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'
import { asInvalid } from './support/unchecked'

type Translation = Record<string, { status: string | null; sourceHash: string | null }> & { sourceHash: string }

describe(`translation status (${testDatabase})`, () => {
  let payload: Payload
  let mewaId: number | string

  const statusOf = async (id: number | string) => {
    const doc = (await payload.findByID({ collection: 'funding-projects', id, draft: true, depth: 0 })) as unknown as {
      translation: Translation
    }
    const t = doc.translation
    return { pl: t.pl.status, it: t.it.status, lt: t.lt.status, en: t.en.status }
  }

  const titleOfMewa = async (locale: LocaleCode) =>
    (await payload.findByID({ collection: 'funding-projects', id: mewaId, locale })).title
  const updateProject = (id: number | string, locale: LocaleCode, data: Partial<FundingProject>) =>
    payload.update({ collection: 'funding-projects', id, locale, data })
  const retitleMewa = (locale: LocaleCode, title: string) => updateProject(mewaId, locale, { title })

  beforeAll(async () => {
    payload = await startTestCms()
    await runSeed(payload)
    const found = await payload.find({ collection: 'funding-projects', where: { seedKey: { equals: 'mewa' } } })
    mewaId = found.docs[0].id
  })
  afterAll(async () => payload?.destroy())

  it('seed content starts with its source locale and three current translations', async () => {
    expect(await statusOf(mewaId)).toEqual({ pl: 'source', it: 'translated', lt: 'translated', en: 'translated' })
  })

  it('editing the Polish source outdates it/lt/en; re-translating Lithuanian clears it for Lithuanian only', async () => {
    const before = await titleOfMewa('pl')
    await retitleMewa('pl', `${before} (zaktualizowany)`)
    expect(await statusOf(mewaId)).toEqual({ pl: 'source', it: 'outdated', lt: 'outdated', en: 'outdated' })

    await retitleMewa('lt', `${await titleOfMewa('lt')} (atnaujintas)`)
    expect(await statusOf(mewaId)).toEqual({ pl: 'source', it: 'outdated', lt: 'translated', en: 'outdated' })

    // putting the source text back makes the untouched translations current again
    await retitleMewa('pl', before)
    expect(await statusOf(mewaId)).toEqual({ pl: 'source', it: 'translated', lt: 'outdated', en: 'translated' })
  })

  it('a non-text edit in the source (budget) outdates nothing', async () => {
    const before = await statusOf(mewaId)
    await updateProject(mewaId, 'pl', { acronym: 'MEWA2' })
    expect(await statusOf(mewaId)).toEqual(before)
  })

  it('a new document is missing in every locale but its source; writing a locale translates it', async () => {
    const doc = await payload.create({ collection: 'funding-projects', data: makeProject(), locale: 'it' })
    expect(await statusOf(doc.id)).toEqual({ pl: 'missing', it: 'source', lt: 'missing', en: 'missing' })
    await updateProject(doc.id, 'en', { title: 'A project' })
    expect((await statusOf(doc.id)).en).toBe('translated')
  })

  it('translationRequest marks a locale reviewed or in progress, and refuses anything else naming the field', async () => {
    const doc = await payload.create({ collection: 'funding-projects', data: makeProject(), locale: 'it' })
    await updateProject(doc.id, 'lt', { title: 'Projektas', translationRequest: 'in-progress' })
    expect((await statusOf(doc.id)).lt).toBe('in-progress')
    // more text while in progress stays in progress until someone marks it done
    await updateProject(doc.id, 'lt', { summary: 'Santrauka' })
    expect((await statusOf(doc.id)).lt).toBe('in-progress')
    await updateProject(doc.id, 'lt', { translationRequest: 'reviewed' })
    expect((await statusOf(doc.id)).lt).toBe('reviewed')
    await expect(
      updateProject(doc.id, 'lt', { title: 'Kitas', translationRequest: asInvalid('source') }),
    ).rejects.toThrow(/translationRequest: "source"/)
    const stored = await payload.findByID({ collection: 'funding-projects', id: doc.id, locale: 'lt' })
    expect(stored.title).toBe('Projektas')
  })

  it('values sent for the translation record itself are ignored: it is derived', async () => {
    const doc = await payload.create({ collection: 'funding-projects', data: makeProject(), locale: 'it' })
    await payload.update({
      collection: 'funding-projects',
      id: doc.id,
      locale: 'it',
      data: { translation: { lt: { status: 'reviewed' } } },
    })
    expect((await statusOf(doc.id)).lt).toBe('missing')
  })

  it('copy from another locale fills only empty fields and marks the translation in progress', async () => {
    const doc = await payload.create({
      collection: 'funding-projects',
      data: makeProject({ title: 'Progetto', summary: 'Sommario' }),
      locale: 'it',
    })
    await updateProject(doc.id, 'lt', { title: 'Projektas' })
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    const api = apiClient(payload)
    const copyBetween = (from: LocaleCode, to: LocaleCode) =>
      api.send('POST', '/api/translations/copy', { collection: 'funding-projects', id: doc.id, from, to }, token)
    const copy = await copyBetween('it', 'lt')
    expect(copy.status).toBe(200)
    expect(copy.body).toEqual({ copied: 1, status: 'in-progress' })
    const lt = await payload.findByID({
      collection: 'funding-projects',
      id: doc.id,
      locale: 'lt',
      fallbackLocale: false,
      draft: true,
    })
    expect(lt.title).toBe('Projektas')
    expect(lt.summary).toBe('Sommario')

    const intoItalian = await copyBetween('lt', 'pl')
    expect(intoItalian.status).toBe(403)
    expect(intoItalian.body.errors[0].message).toMatch(/"pl"/)
  })
})
