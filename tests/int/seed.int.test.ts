import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localeCodes } from '../../cms/locales'
import { readSeedFiles } from '../../cms/seed/readSeedFiles'
import { defaultSeedDir, runSeed, SeedError, seedId } from '../../cms/seed/runSeed'
import { startTestCms, testDatabase } from './support/testCms'

const contentCollections: CollectionSlug[] = [
  'organizations',
  'clusters',
  'funding-projects',
  'routes',
  'policy-documents',
  'events',
]
/** The field each collection is titled by. */
const titleField: Record<string, string> = {
  organizations: 'name',
  clusters: 'name',
  routes: 'name',
  'funding-projects': 'title',
  'policy-documents': 'title',
  events: 'title',
}

/** A writable copy of content-seed/ for tests that edit or break files. */
function seedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-seed-'))
  cpSync(defaultSeedDir, dir, { recursive: true })
  return dir
}

async function totalDocuments(payload: Payload): Promise<number> {
  let total = 0
  for (const collection of contentCollections)
    total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  return total
}

describe(`seed content (${testDatabase})`, () => {
  let payload: Payload
  let firstRun: Awaited<ReturnType<typeof runSeed>>

  beforeAll(async () => {
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  it('stops on a malformed file with its name and problem, before anything is written', async () => {
    const cases: [string, (text: string) => string, RegExp][] = [
      [
        'clusters/ltpp-cluster.yaml',
        (t) => t.replace('sourceLocale: pl', 'sourceLocale: pl\n  bad: [indent'),
        /clusters\/ltpp-cluster\.yaml: not valid YAML/,
      ],
      [
        'events/ltpp-strategy-meeting-1.yaml',
        (t) => t.replace('data:', 'data:\n  venue: Gdańsk'),
        /events\/ltpp-strategy-meeting-1\.yaml › venue: is not a field of this collection/,
      ],
      [
        'routes/pleasant-fatigue.yaml',
        (t) => t.replace(/\n {4}it: .*/, ''),
        /routes\/pleasant-fatigue\.yaml › name: has no it text/,
      ],
      [
        'funding-projects/mewa.yaml',
        (t) => t.replace('cluster: ltpp-cluster', 'cluster: no-such-cluster'),
        /mewa\.yaml › cluster: refers to "no-such-cluster", but there is no content-seed\/clusters\/no-such-cluster\.yaml/,
      ],
      [
        'clusters/ltpp-cluster.yaml',
        (t) => t.replace('sourceLocale: pl', 'sourceLocale: de'),
        /ltpp-cluster\.yaml › sourceLocale: must be one of pl, it, lt, en/,
      ],
    ]
    for (const [file, breakIt, message] of cases) {
      const dir = seedCopy()
      const target = path.join(dir, file)
      writeFileSync(target, breakIt(readFileSync(target, 'utf8')))
      await expect(runSeed(payload, { dir }), file).rejects.toThrow(message)
    }
    expect(await totalDocuments(payload)).toBe(0)
  })

  it('rolls back everything when the CMS rejects a value half-way through', async () => {
    const dir = seedCopy()
    const target = path.join(dir, 'funding-projects/latvian-health-tourism-cluster-project.yaml')
    writeFileSync(target, readFileSync(target, 'utf8').replace('"83168.02"', '"83168.03"'))
    const error = await runSeed(payload, { dir }).catch((e) => e)
    expect(error).toBeInstanceOf(SeedError)
    expect(error.problems).toContainEqual({
      file: 'funding-projects/latvian-health-tourism-cluster-project.yaml',
      path: 'totalBudget',
      message: expect.stringMatching(/is 554453\.48, not the total budget \(554453\.47\)/),
    })
    // organisations and clusters were written before the project in the same transaction
    expect(await totalDocuments(payload)).toBe(0)
  })

  it('loads every seed document', async () => {
    firstRun = await runSeed(payload)
    const { files } = await readSeedFiles(defaultSeedDir)
    expect(firstRun.created.sort()).toEqual(files.map(seedId).sort())
    for (const collection of contentCollections) {
      const expected = files.filter((f) => f.slug === collection).length
      expect(expected, collection).toBeGreaterThan(0)
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(expected)
    }
  })

  it('has every seed document published in all four locales, with a slug in each', async () => {
    for (const collection of contentCollections) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs as unknown as Record<string, any>[]) {
        expect(doc._status, `${collection}/${doc.seedKey}`).toBe('published')
        for (const locale of localeCodes) {
          expect(doc[titleField[collection]][locale], `${collection}/${doc.seedKey} ${locale}`).toMatch(/\S/)
          expect(doc.slug[locale], `${collection}/${doc.seedKey} ${locale}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        }
      }
    }
    const settings = (await payload.findGlobal({ slug: 'site-settings', locale: 'all' })) as unknown as Record<
      string,
      any
    >
    for (const locale of localeCodes) expect(settings.siteName[locale]).toMatch(/\S/)
  })

  it('keeps the facts of the source documents', async () => {
    const [project] = (
      await payload.find({
        collection: 'funding-projects',
        where: { seedKey: { equals: 'baltic-sea-tourism-center' } },
        depth: 1,
        locale: 'lt',
      })
    ).docs as unknown as Record<string, any>[]
    expect(project.title).toBe('Baltijos jūros turizmo centras')
    expect([project.euContribution, project.ownContribution, project.totalBudget]).toEqual([
      '1337521.14',
      '303345.71',
      '1640866.85',
    ])
    expect([project.periodStart, project.periodEnd]).toEqual(['2017-01-01', '2019-12-31'])
    expect(project.partnerShares[0]).toMatchObject({ euContribution: '173404.68', ownContribution: '30600.82' })
    expect(project.partners.map((p: any) => p.organization.country).sort()).toEqual(['DE', 'DE', 'DK', 'LT', 'PL'])
    expect(project.associatedPartnerCount).toBe(10)
    const latvian = (
      await payload.find({
        collection: 'funding-projects',
        where: { seedKey: { equals: 'latvian-health-tourism-cluster-project' } },
      })
    ).docs[0] as unknown as Record<string, any>
    expect([latvian.periodStart, latvian.coFinancingRate, latvian.sourceLocale]).toEqual(['2017-01', 85, 'it'])
    const cluster = (
      await payload.find({ collection: 'clusters', where: { seedKey: { equals: 'baltic-health-tourism-cluster' } } })
    ).docs[0] as unknown as Record<string, any>
    expect(cluster.foundedOn).toBe('2015-03-11')
    // Markdown bodies become the editor's rich text: paragraphs and lists, not one blob of text
    const ltpp = (
      await payload.find({ collection: 'clusters', where: { seedKey: { equals: 'ltpp-cluster' } }, locale: 'lt' })
    ).docs[0] as unknown as Record<string, any>
    const blocks = ltpp.body.root.children.map((node: { type: string }) => node.type)
    expect(blocks).toContain('paragraph')
    expect(blocks).toContain('list')
    expect(ltpp.timeline.map((row: { date: string }) => row.date)).toEqual([
      '2012',
      '2012-11-16',
      '2012-12-20',
      '2013-05-10',
      '2013-06-19',
      '2013-09-20',
      '2013',
      '2013',
    ])
  })

  it('changes nothing when run again', async () => {
    const before = await payload.find({ collection: 'clusters', pagination: false, depth: 0, sort: 'id' })
    const again = await runSeed(payload)
    expect(again.created).toEqual([])
    expect(again.updated).toEqual([])
    expect(again.unchanged.length).toBe(firstRun.created.length)
    const after = await payload.find({ collection: 'clusters', pagination: false, depth: 0, sort: 'id' })
    expect(after.docs).toEqual(before.docs)
  })

  it('updates only the document whose file was edited', async () => {
    const dir = seedCopy()
    const target = path.join(dir, 'routes/pleasant-fatigue.yaml')
    writeFileSync(target, readFileSync(target, 'utf8').replace(/\n {4}en: .*/, '\n    en: Pleasant Tiredness'))
    const untouched = await payload.find({
      collection: 'routes',
      where: { seedKey: { not_equals: 'pleasant-fatigue' } },
      depth: 0,
      locale: 'all',
    })
    const report = await runSeed(payload, { dir })
    expect(report.updated).toEqual(['routes/pleasant-fatigue'])
    expect(report.created).toEqual([])
    const [route] = (
      await payload.find({ collection: 'routes', where: { seedKey: { equals: 'pleasant-fatigue' } }, locale: 'all' })
    ).docs as unknown as Record<string, any>[]
    expect(route.name.en).toBe('Pleasant Tiredness')
    expect(route.name.lt).toBe('Malonūs nuovargiai')
    const stillUntouched = await payload.find({
      collection: 'routes',
      where: { seedKey: { not_equals: 'pleasant-fatigue' } },
      depth: 0,
      locale: 'all',
    })
    expect(stillUntouched.docs).toEqual(untouched.docs)
  })
})
