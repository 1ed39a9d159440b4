/**
 * The bulk writer (cms/bulkLoad/bulkWriter.ts): many new documents, a batch per transaction, several
 * under way at once in it, with every document's slugs still unique in each locale.
 */
import { randomBytes } from 'node:crypto'
import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BulkWriter } from '../../cms/bulkLoad/bulkWriter'
import type { AllLocaleData } from '../../cms/bulkLoad/localeData'
import { startTestCms, testDatabase } from './support/testCms'

/** A published organisation named `name` in English and Lithuanian (its slugs made from the names unless given). */
function organization(name: string, slug?: { en: string; lt: string }): AllLocaleData {
  return {
    name: { en: name, lt: `${name} LT` },
    ...(slug ? { slug } : {}),
    country: 'PL',
    kinds: ['association'],
    sourceLocale: 'en',
    _status: 'published',
  }
}

describe(`writing many new documents at once (${testDatabase})`, () => {
  let payload: Payload
  const unique = () => randomBytes(4).toString('hex')

  beforeAll(async () => {
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  const stored = async (names: string[]) => {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { name: { in: names } },
      locale: 'all',
      depth: 0,
      limit: 100,
      sort: 'id',
      overrideAccess: true,
    })
    return docs as unknown as { id: number | string; name: Record<string, string>; slug: Record<string, string> }[]
  }

  it('writes every document across several batches, two under way at a time, and tells each id', async () => {
    const names = Array.from({ length: 7 }, (_, n) => `Bulk ${unique()} ${n}`)
    const writer = new BulkWriter(payload, { batchSize: 3, inFlight: 2 })
    const told = new Map<string, number | string>()
    for (const name of names) await writer.write('organizations', organization(name), (id) => told.set(name, id))
    await writer.flush()
    const docs = await stored(names)
    expect(docs.map((d) => d.name.en).sort()).toEqual([...names].sort())
    for (const doc of docs) {
      expect(told.get(doc.name.en)).toBe(doc.id)
      expect(doc.name.lt).toBe(`${doc.name.en} LT`)
    }
    // published: anonymous readers see them
    const { totalDocs } = await payload.find({
      collection: 'organizations',
      where: { name: { in: names } },
      overrideAccess: false,
      locale: 'en',
    })
    expect(totalDocs).toBe(7)
  })

  it('gives documents under way together that would make the same slug different ones, in every locale', async () => {
    const name = `Same name ${unique()}`
    const writer = new BulkWriter(payload, { batchSize: 10, inFlight: 4 })
    for (let n = 0; n < 4; n++) await writer.write('organizations', organization(name))
    await writer.flush()
    const docs = await stored([name])
    expect(docs).toHaveLength(4)
    for (const locale of ['en', 'lt'] as const) {
      const slugs = docs.map((d) => d.slug[locale])
      expect(new Set(slugs).size).toBe(4)
      const base = slugs[0]
      expect([...slugs].sort()).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`].sort())
    }
  })

  it('refuses a slug typed in for two documents under way together, naming the field and locale, and writes nothing of the batch', async () => {
    const id = unique()
    const first = `Typed slug ${id} a`
    const second = `Typed slug ${id} b`
    const earlier = `Earlier batch ${id}`
    const writer = new BulkWriter(payload, { batchSize: 10, inFlight: 2 })
    await writer.write('organizations', organization(earlier))
    await writer.flush()
    const slug = { en: `typed-${id}`, lt: `typed-lt-${id}` }
    const failure = (async () => {
      await writer.write('organizations', organization(first, slug))
      await writer.write('organizations', organization(second, slug))
      await writer.flush()
    })().catch((error: unknown) => error)
    const error = await failure
    expect(error).toBeInstanceOf(ValidationError)
    const problems = (error as ValidationError).data.errors
    expect(problems.map((p) => p.path)).toEqual(['slug'])
    expect(problems[0].message).toMatch(/\(en\)$/)
    // the batch that held the refused document is rolled back whole; the batch before it was committed
    expect((await stored([first, second])).map((d) => d.name.en)).toEqual([])
    expect((await stored([earlier])).map((d) => d.name.en)).toEqual([earlier])
    // and the writer writes nothing more
    await expect(writer.write('organizations', organization(`After ${id}`))).rejects.toBe(error)
  })

  it('asks for one site update that names every document published together', async () => {
    const names = Array.from({ length: 4 }, (_, n) => `Site update ${unique()} ${n}`)
    const writer = new BulkWriter(payload, { batchSize: 10, inFlight: 4 })
    const ids: (number | string)[] = []
    for (const name of names) await writer.write('organizations', organization(name), (id) => ids.push(id))
    await writer.flush()
    const { docs } = await payload.find({
      collection: 'site-updates',
      where: { status: { equals: 'queued' } },
      overrideAccess: true,
      limit: 10,
    })
    // each published document joins the update already queued, one after another: none is lost to
    // another's write of the same row, and no second update is queued beside it
    expect(docs).toHaveLength(1)
    const documents = (docs[0] as { documents?: string[] }).documents ?? []
    for (const id of ids) expect(documents).toContain(`organizations:${id}`)
  })
})
