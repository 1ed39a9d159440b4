import { describe, expect, it } from 'vitest'
import { type LocaleCode, localeCodes } from '../../../cms/locales'
import { jsonLdFor } from '../../../site/src/lib/jsonLd'
import { buildSiteIndex, missingReferencesWarning, referencedIds } from '../../../site/src/lib/siteIndex'
import { cluster, event, media, organization, policy, project, route, settings, snapshot } from './factories'

/** A small, consistent site: two organisations, a cluster, a project, a route, a policy and an event. */
function site() {
  return snapshot({
    organizations: [
      organization(1, { pl: 'Pomorska Fundacja', en: 'Pomeranian Foundation' }),
      organization(2, { lt: 'Klaipėdos universitetas' }, { sourceLocale: 'lt' }),
    ],
    clusters: [
      cluster(
        7,
        { pl: 'Klaster Morski', en: 'Maritime Cluster' },
        { coordinator: 1, supportingOrganizations: [2], image: 50 },
      ),
    ],
    'funding-projects': [
      project(
        3,
        { en: 'Baltic Bridge' },
        {
          sourceLocale: 'en',
          cluster: 7,
          partners: [
            { organization: 1, role: 'partner' },
            { organization: 2, role: 'partner' },
          ],
          associatedPartners: [2],
        },
      ),
    ],
    routes: [route(4, { lt: 'Pajūrio maršrutas', pl: 'Szlak nadmorski' }, { sourceLocale: 'lt', project: 3 })],
    'policy-documents': [policy(5, { pl: 'Strategia rozwoju' }, { issuer: 1, attachments: [50] })],
    events: [event(6, { it: 'Inaugurazione' }, { sourceLocale: 'it', organizer: 2, cluster: 7 })],
    media: [media(50, { filename: 'map.png' })],
    settings: settings({ siteName: { en: 'Baltic' } }),
  })
}

/** Project 3, "Baltic Bridge", with these organisations as its partners, in order. */
const balticBridgeWithPartners = (...organizations: number[]) =>
  project(
    3,
    { en: 'Baltic Bridge' },
    { partners: organizations.map((organization) => ({ organization, role: 'partner' })) },
  )

/** A page variant: the reader's locale, the locale its text is in, whether it is translated, its path. */
const variant = (locale: LocaleCode, contentLocale: LocaleCode, translated: boolean, path: string) => ({
  locale,
  contentLocale,
  translated,
  path,
  outdated: false,
})

describe('buildSiteIndex', () => {
  it('indexes every published document of every section', () => {
    const index = buildSiteIndex(site())
    expect(index.entries.map((e) => `${e.section}:${e.id}`)).toEqual([
      'clusters:7',
      'funding-projects:3',
      'routes:4',
      'policy-documents:5',
      'organizations:1',
      'organizations:2',
      'events:6',
    ])
  })

  it('gives every document a variant in every locale', () => {
    for (const entry of buildSiteIndex(site()).entries) {
      expect(Object.keys(entry.variants).sort(), `${entry.section}:${entry.id}`).toEqual([...localeCodes].sort())
      for (const locale of localeCodes) expect(entry.variants[locale].locale).toBe(locale)
    }
  })

  it('gives every page a unique path', () => {
    const paths = buildSiteIndex(site()).entries.flatMap((e) => Object.values(e.variants).map((v) => v.path))
    expect(paths).toHaveLength(7 * 4)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('puts a translated page under its localized section with its own slug', () => {
    const entry = buildSiteIndex(site()).get('clusters', 7)!
    expect(entry.variants.pl).toEqual(variant('pl', 'pl', true, '/pl/klastry/klaster-morski/'))
    expect(entry.variants.en).toEqual(variant('en', 'en', true, '/en/clusters/maritime-cluster/'))
  })

  it('marks an untranslated locale as not translated, showing English text under the English slug', () => {
    const entry = buildSiteIndex(site()).get('clusters', 7)!
    expect(entry.variants.lt).toEqual(variant('lt', 'en', false, '/lt/klasteriai/maritime-cluster/'))
  })

  it('falls back to the source locale when there is no English', () => {
    const entry = buildSiteIndex(site()).get('routes', 4)!
    expect(entry.variants.en).toEqual(variant('en', 'lt', false, '/en/routes/pajurio-marsrutas/'))
    expect(entry.variants.it.contentLocale).toBe('lt')
    expect(entry.variants.pl).toMatchObject({
      contentLocale: 'pl',
      translated: true,
      path: '/pl/szlaki/szlak-nadmorski/',
    })
  })

  it('lists the locales a document is translated into, in locale order', () => {
    const index = buildSiteIndex(site())
    expect(index.get('clusters', 7)!.translated).toEqual(['pl', 'en'])
    expect(index.get('routes', 4)!.translated).toEqual(['pl', 'lt'])
    expect(index.get('events', 6)!.translated).toEqual(['it'])
  })

  it('follows the translation state: in-progress and missing locales are fallback pages, outdated ones say so', () => {
    const translation = {
      pl: { status: 'source' },
      it: { status: 'outdated' },
      lt: { status: 'reviewed' },
      en: { status: 'in-progress' },
    } as const
    const raw = snapshot({
      organizations: [
        organization(1, { pl: 'Fundacja', it: 'Fondazione', lt: 'Fondas', en: 'Foundation' }, { translation }),
      ],
    })
    const entry = buildSiteIndex(raw).get('organizations', 1)!
    expect(entry.translated).toEqual(['pl', 'it', 'lt'])
    // an outdated translation was approved: its readers get it, told that the original has changed
    expect(entry.variants.it).toMatchObject({ contentLocale: 'it', translated: true, outdated: true })
    // English is in progress, so an English reader gets the source text
    expect(entry.variants.en).toMatchObject({ contentLocale: 'pl', translated: false, outdated: false })
    expect(entry.variants.lt).toMatchObject({ contentLocale: 'lt', translated: true, outdated: false })
  })

  it('treats a blank title as untranslated', () => {
    const raw = snapshot({ organizations: [organization(1, { pl: 'Fundacja', en: '  ' })] })
    const entry = buildSiteIndex(raw).get('organizations', 1)!
    expect(entry.translated).toEqual(['pl'])
    expect(entry.variants.en).toMatchObject({ contentLocale: 'pl', translated: false })
  })

  it('takes English as the source locale when a document has none', () => {
    const doc = organization(1, { en: 'Foundation' })
    // saved before the CMS recorded source locales
    delete (doc as Partial<typeof doc>).sourceLocale
    expect(buildSiteIndex(snapshot({ organizations: [doc] })).get('organizations', 1)!.sourceLocale).toBe('en')
  })

  it('uses the id as the slug when a document has no slug', () => {
    const doc = organization(9, { en: 'Foundation' })
    delete doc.slug
    const entry = buildSiteIndex(snapshot({ organizations: [doc] })).get('organizations', 9)!
    expect(entry.variants.en.path).toBe('/en/organisations/9/')
    expect(entry.variants.pl.path).toBe('/pl/organizacje/9/')
  })

  it('disambiguates two documents with the same slug by appending the id', () => {
    const raw = snapshot({
      organizations: [organization(1, { en: 'Port Authority' }), organization(2, { en: 'Port Authority' })],
    })
    const index = buildSiteIndex(raw)
    expect(index.get('organizations', 1)!.variants.en.path).toBe('/en/organisations/port-authority/')
    expect(index.get('organizations', 2)!.variants.en.path).toBe('/en/organisations/port-authority-2/')
  })

  it('keeps paths unique when the id-suffixed slug is already taken by another document', () => {
    // "Route 3" is a natural title, and "route" + id 3 gives the same slug.
    const raw = snapshot({
      routes: [route(1, { en: 'Route' }), route(2, { en: 'Route 3' }), route(3, { en: 'Route' })],
    })
    const paths = buildSiteIndex(raw).entries.map((e) => e.variants.en.path)
    expect(new Set(paths).size, `paths: ${paths.join(' ')}`).toBe(3)
  })

  it('allows the same slug in different sections', () => {
    const raw = snapshot({
      organizations: [organization(1, { en: 'Baltic' })],
      clusters: [cluster(1, { en: 'Baltic' })],
    })
    const index = buildSiteIndex(raw)
    expect(index.get('organizations', 1)!.variants.en.path).toBe('/en/organisations/baltic/')
    expect(index.get('clusters', 1)!.variants.en.path).toBe('/en/clusters/baltic/')
  })

  it('builds despite a missing coordinator, naming the collection, title, id and field in its list of missing references', () => {
    const raw = snapshot({
      clusters: [cluster(7, { en: 'Maritime Cluster', pl: 'Klaster Morski' }, { coordinator: 99 })],
    })
    const index = buildSiteIndex(raw)
    expect(index.get('clusters', 7)!.variants.en.path).toBe('/en/clusters/maritime-cluster/')
    // the page asks for the coordinator and gets nothing, so it leaves it out
    expect(index.get('organizations', 99)).toBeUndefined()
    expect(index.missingReferences).toEqual([
      {
        section: 'clusters',
        id: '7',
        field: 'coordinator',
        target: { collection: 'organizations', id: '99' },
        message:
          'clusters "Maritime Cluster" (id 7): coordinator points to organizations id 99, which does not exist or is not published',
      },
    ])
  })

  it('names the array row of a missing project partner', () => {
    const raw = snapshot({
      organizations: [organization(1, { en: 'Foundation' })],
      'funding-projects': [balticBridgeWithPartners(1, 42)],
    })
    expect(buildSiteIndex(raw).missingReferences.map((m) => m.message)).toEqual([
      'funding-projects "Baltic Bridge" (id 3): partners[1].organization points to organizations id 42, which does not exist or is not published',
    ])
  })

  it('warns about every missing reference in one message for the build log, including missing media', () => {
    const raw = snapshot({
      clusters: [cluster(7, { en: 'Maritime Cluster' }, { coordinator: 99, supportingOrganizations: [98], image: 5 })],
    })
    expect(missingReferencesWarning(buildSiteIndex(raw).missingReferences)).toBe(
      [
        'Warning: Published documents refer 3 times to a document that is not published; the pages leave those references out (publish the document or remove the reference):',
        '  clusters "Maritime Cluster" (id 7): coordinator points to organizations id 99, which does not exist or is not published',
        '  clusters "Maritime Cluster" (id 7): supportingOrganizations[0] points to organizations id 98, which does not exist or is not published',
        '  clusters "Maritime Cluster" (id 7): image points to media id 5, which does not exist or is not published',
        '',
      ].join('\n'),
    )
    expect(missingReferencesWarning(buildSiteIndex(site()).missingReferences)).toBe('')
  })

  it('leaves missing organisations out of the JSON-LD instead of failing', () => {
    const raw = snapshot({
      organizations: [organization(1, { en: 'Foundation' })],
      clusters: [cluster(7, { en: 'Maritime Cluster' }, { coordinator: 99, supportingOrganizations: [1, 98] })],
      'funding-projects': [balticBridgeWithPartners(42, 1)],
    })
    const index = buildSiteIndex(raw)
    const url = (path: string) => `https://example.eu${path}`
    const clusterLd = JSON.parse(JSON.stringify(jsonLdFor(index.get('clusters', 7)!, index, 'en', url)))
    expect(clusterLd.parentOrganization).toBeUndefined()
    expect(clusterLd.sponsor).toEqual([
      { '@type': 'Organization', name: 'Foundation', url: 'https://example.eu/en/organisations/foundation/' },
    ])
    const projectLd = jsonLdFor(index.get('funding-projects', 3)!, index, 'en', url)
    expect(projectLd.member).toEqual(clusterLd.sponsor)
  })

  it('accepts a site whose references all resolve, ignoring empty ones', () => {
    const raw = site()
    raw.collections.clusters[0].coordinator = null
    raw.collections['funding-projects'][0].partners = [
      { organization: 1, role: 'partner' },
      // an empty row an editor left behind
      { organization: null as unknown as number, role: 'partner' },
    ]
    const index = buildSiteIndex(raw)
    expect(index.entries).toHaveLength(7)
    expect(index.missingReferences).toEqual([])
  })

  it('finds documents by section and id, given as number or string', () => {
    const index = buildSiteIndex(site())
    expect(index.get('funding-projects', 3)!.id).toBe('3')
    expect(index.get('funding-projects', '3')!.id).toBe('3')
    expect(index.get('clusters', 3)).toBeUndefined()
    expect(index.get('funding-projects', null)).toBeUndefined()
    expect(index.get('funding-projects', undefined)).toBeUndefined()
  })

  it('lists the documents of a section', () => {
    expect(
      buildSiteIndex(site())
        .list('organizations')
        .map((e) => e.id),
    ).toEqual(['1', '2'])
    expect(buildSiteIndex(snapshot()).list('events')).toEqual([])
  })

  it('keeps media by string id and the settings', () => {
    const index = buildSiteIndex(site())
    expect(index.media.get('50')).toEqual({ id: 50, filename: 'map.png' })
    expect(index.settings).toEqual({ id: 'site-settings', siteName: { en: 'Baltic' } })
  })

  it('finds the documents that refer to a document', () => {
    const index = buildSiteIndex(site())
    const foundation = index.get('organizations', 1)!
    const university = index.get('organizations', 2)!
    const ids = (entries: { section: string; id: string }[]) => entries.map((e) => `${e.section}:${e.id}`)
    expect(ids(index.referencing('clusters', 'coordinator', foundation))).toEqual(['clusters:7'])
    expect(ids(index.referencing('clusters', 'coordinator', university))).toEqual([])
    expect(ids(index.referencing('clusters', 'supportingOrganizations[]', university))).toEqual(['clusters:7'])
    expect(ids(index.referencing('funding-projects', 'partners[].organization', university))).toEqual([
      'funding-projects:3',
    ])
    expect(ids(index.referencing('events', 'cluster', index.get('clusters', 7)!))).toEqual(['events:6'])
    expect(ids(index.referencing('routes', 'project', index.get('funding-projects', 3)!))).toEqual(['routes:4'])
  })

  it('gets the published documents among a list of ids, in order, leaving out those that lead nowhere', () => {
    const index = buildSiteIndex(site())
    expect(index.getAll('organizations', [2, 99, '1', null]).map((e) => e.id)).toEqual(['2', '1'])
    expect(index.getAll('organizations', undefined)).toEqual([])
  })

  it('lists every document referring to a document through any modelled reference, each once', () => {
    const index = buildSiteIndex(site())
    const ids = (entries: { section: string; id: string }[]) => entries.map((e) => `${e.section}:${e.id}`)
    // cluster 7 names organisation 2 as a supporter; project 3 as partner and associated partner; event 6 as organiser
    expect(ids(index.referrers(index.get('organizations', 2)!))).toEqual([
      'clusters:7',
      'funding-projects:3',
      'events:6',
    ])
    expect(ids(index.referrers(index.get('clusters', 7)!))).toEqual(['funding-projects:3', 'events:6'])
    expect(index.referrers(index.get('events', 6)!)).toEqual([])
  })

  it('lists a referring document once, in the order of the content, however often asked', () => {
    const index = buildSiteIndex(
      snapshot({
        organizations: [organization(1, { en: 'Port Authority' }), organization(2, { en: 'Harbour Guild' })],
        'funding-projects': [
          project(
            8,
            { en: 'Quays' },
            {
              partners: [
                { organization: 1, role: 'partner' },
                { organization: 1, role: 'partner' },
              ],
            },
          ),
          project(
            3,
            { en: 'Cranes' },
            {
              partners: [
                { organization: 2, role: 'partner' },
                { organization: 1, role: 'partner' },
              ],
            },
          ),
        ],
      }),
    )
    const port = index.get('organizations', 1)!
    const ids = () => index.referencing('funding-projects', 'partners[].organization', port).map((e) => e.id)
    expect(ids()).toEqual(['8', '3'])
    // a caller sorting what it was given changes nothing for the next caller
    index.referencing('funding-projects', 'partners[].organization', port).sort((a, b) => a.id.localeCompare(b.id))
    index.list('funding-projects').reverse()
    expect(ids()).toEqual(['8', '3'])
    expect(index.list('funding-projects').map((e) => e.id)).toEqual(['8', '3'])
  })
})

describe('referencedIds', () => {
  it('reads a single reference', () => {
    expect(referencedIds(cluster(1, {}, { coordinator: 4 }), 'coordinator')).toEqual([{ at: 'coordinator', id: '4' }])
    expect(referencedIds(cluster(1, {}, { coordinator: null }), 'coordinator')).toEqual([])
  })

  it('reads a list of references with their positions', () => {
    expect(referencedIds(project(1, {}, { associatedPartners: [4, 5] }), 'associatedPartners[]')).toEqual([
      { at: 'associatedPartners[0]', id: '4' },
      { at: 'associatedPartners[1]', id: '5' },
    ])
  })

  it('reads a reference inside array rows, skipping empty rows', () => {
    const doc = project(
      1,
      {},
      {
        partners: [
          { organization: 4, role: 'partner' },
          { organization: null as unknown as number, role: 'partner' },
          { organization: 6, role: 'partner' },
        ],
      },
    )
    expect(referencedIds(doc, 'partners[].organization')).toEqual([
      { at: 'partners[0].organization', id: '4' },
      { at: 'partners[2].organization', id: '6' },
    ])
  })

  it('returns nothing when a list field is not an array', () => {
    expect(referencedIds(project(1, {}), 'partners[].organization')).toEqual([])
  })
})
