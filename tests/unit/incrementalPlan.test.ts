import { describe, expect, it } from 'vitest'
import { planIncremental, stableJson } from '../../scripts/lib/incrementalPlan'
import type { ContentSlug } from '../../shared/contentTypes'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { DOCUMENTS_PER_PART } from '../../site/src/lib/sitemaps'
import { cluster, event, media, organization, policy, project, route, settings, snapshot } from './site/factories'

/**
 * A site where organisation 1 is named by cluster 7, project 3 and policy 5; organisation 8 by no one;
 * project 3 is shown by route 4; cluster 7 by project 3 and event 6.
 */
function site(): ContentSnapshot {
  return snapshot({
    organizations: [
      organization(1, { pl: 'Pomorska Fundacja', en: 'Pomeranian Foundation' }),
      organization(2, { lt: 'Klaipėdos universitetas' }, { sourceLocale: 'lt' }),
      organization(8, { en: 'Lonely Society' }, { sourceLocale: 'en' }),
    ],
    clusters: [cluster(7, { pl: 'Klaster Morski', en: 'Maritime Cluster' }, { coordinator: 1, image: 50 })],
    'funding-projects': [
      project(
        3,
        { en: 'Baltic Bridge' },
        { sourceLocale: 'en', cluster: 7, partners: [{ organization: 1, role: 'partner' }] },
      ),
    ],
    routes: [route(4, { lt: 'Pajūrio maršrutas' }, { sourceLocale: 'lt', project: 3 })],
    'policy-documents': [policy(5, { pl: 'Strategia rozwoju' }, { issuer: 1 })],
    events: [event(6, { it: 'Inaugurazione' }, { sourceLocale: 'it', organizer: 2, cluster: 7 })],
    media: [media(50, { filename: 'map.png', alt: { en: 'A map' } })],
    settings: settings({ contact: { email: 'a@b.eu' } }),
  })
}

/** The site with one document's fields changed. */
function edit(
  content: ContentSnapshot,
  section: ContentSlug | 'media',
  id: number,
  change: Record<string, unknown>,
): ContentSnapshot {
  const copy = structuredClone(content)
  const list = copy.collections[section] as { id: unknown }[]
  const i = list.findIndex((d) => d.id === id)
  list[i] = { ...list[i], ...change }
  return copy
}

function plan(before: ContentSnapshot, after: ContentSnapshot) {
  const result = planIncremental(before, after)
  if (result.full !== undefined) throw new Error(`expected an incremental plan, got a full build: ${result.full}`)
  return { ...result, render: [...result.render].sort(), changed: [...result.changed].sort() }
}

describe('planIncremental', () => {
  it('plans nothing when nothing changed, whatever order the CMS sent the fields in', () => {
    const reordered = structuredClone(site())
    reordered.collections.organizations[0] = Object.fromEntries(
      Object.entries(reordered.collections.organizations[0]).reverse(),
    ) as (typeof reordered.collections.organizations)[0]
    expect(plan(site(), reordered)).toEqual({ changed: [], render: [], lists: [], clear: [], missingReferences: [] })
  })

  it('renders a renamed organisation and every page that names it, and nothing else', () => {
    const after = edit(site(), 'organizations', 1, { name: { pl: 'Fundacja Pomorska', en: 'Pomeranian Foundation' } })
    const result = plan(site(), after)
    expect(result.changed).toEqual(['organizations:1'])
    expect(result.render).toEqual(['clusters:7', 'funding-projects:3', 'organizations:1', 'policy-documents:5'])
    // the old files of every page rendered again are cleared first, so nothing stale survives the merge
    expect(result.clear).toContain('/pl/organizacje/pomorska-fundacja/')
    expect(result.clear).toContain('/pl/klastry/klaster-morski/')
    // the list pages showing those documents (in this small site, each section's first page), and no other
    expect(result.lists).toContain('/pl/organizacje/')
    expect(result.lists).toContain('/en/clusters/')
    expect(result.lists).toContain('/lt/projektai/')
    expect(result.lists).toContain('/it/documenti-strategici/')
    expect(result.lists.some((path) => path.startsWith('/pl/wydarzenia/'))).toBe(false)
    // the sitemap's parts listing those documents, not its list pages' part (no list gained or lost a
    // page), no calendar feed (no event is among them)
    expect(result.lists.filter((path) => path.startsWith('/sitemap-')).sort()).toEqual([
      '/sitemap-clusters-1.xml',
      '/sitemap-funding-projects-1.xml',
      '/sitemap-organizations-1.xml',
      '/sitemap-policy-documents-1.xml',
    ])
    expect(result.lists.some((path) => path.endsWith('.ics'))).toBe(false)
    // list pages are replaced, not cleared: none is gone
    expect(result.clear).not.toContain('/pl/organizacje/')
  })

  describe('list pages', () => {
    /** 60 organisations, "Organisation 01" to "Organisation 60": three list pages in each locale. */
    const many = (extra: (id: number) => Parameters<typeof organization>[2] = () => ({})) =>
      snapshot({
        organizations: Array.from({ length: 60 }, (_, i) => {
          const title = `Organisation ${String(i + 1).padStart(2, '0')}`
          return organization(i + 1, { pl: title, it: title, lt: title, en: title }, extra(i + 1))
        }),
        settings: settings({ contact: { email: 'a@b.eu' } }),
      })
    const organisations = (paths: string[]) => paths.filter((p) => p.startsWith('/en/organisations/'))

    it('renders only the list pages that show a changed document', () => {
      const after = edit(many(), 'organizations', 30, { website: 'https://example.org' })
      const result = plan(many(), after)
      expect(result.render).toEqual(['organizations:30'])
      // organisation 30 is the sixth card of the second page, in every locale
      expect(result.lists).toEqual([
        '/pl/organizacje/strona/2/',
        '/it/organizzazioni/pagina/2/',
        '/lt/organizacijos/puslapis/2/',
        '/en/organisations/page/2/',
        // and the organisations' part of the sitemap (its date changed)
        '/sitemap-organizations-1.xml',
      ])
    })

    it('renders the pages whose cards move, and clears the pages that are gone', () => {
      // organisation 05 renamed to the end of the alphabet: pages 1 to 3 all shift by one card
      const renamed = edit(many(), 'organizations', 5, { name: { pl: 'Z', it: 'Z', lt: 'Z', en: 'Z' } })
      expect(organisations(plan(many(), renamed).lists)).toEqual([
        '/en/organisations/',
        '/en/organisations/page/2/',
        '/en/organisations/page/3/',
      ])
      // twelve removed: two pages left, both re-rendered (their page links change), the third gone
      const fewer = structuredClone(many())
      fewer.collections.organizations.splice(48)
      const shrunk = plan(many(), fewer)
      expect(organisations(shrunk.lists)).toEqual(['/en/organisations/', '/en/organisations/page/2/'])
      expect(shrunk.clear).toContain('/en/organisations/page/3/')
      expect(shrunk.clear).toContain('/pl/organizacje/strona/3/')
      // and the sitemap's part listing the list pages, which lost some (the rename above lost none)
      expect(shrunk.lists).toContain('/sitemap-pages.xml')
      expect(plan(many(), renamed).lists).not.toContain('/sitemap-pages.xml')
    })

    it('renders every page of a section whose filter menu changes, in every locale', () => {
      // the first organisation with a country: a new filter value, shown on every page of the list
      const after = edit(many(), 'organizations', 30, { country: 'LT' })
      const lists = plan(many(), after).lists
      expect(organisations(lists)).toEqual([
        '/en/organisations/',
        '/en/organisations/page/2/',
        '/en/organisations/page/3/',
        '/en/organisations/country/lithuania/',
      ])
      expect(lists.filter((p) => p.startsWith('/pl/organizacje/'))).toHaveLength(4)
    })
  })

  describe('parts of the sitemap', () => {
    /** Organisations 1 to n (more than a sitemap part holds, so two parts). */
    const count = DOCUMENTS_PER_PART + 20
    const big = (n = count) =>
      snapshot({
        organizations: Array.from({ length: n }, (_, i) => organization(i + 1, { en: `Organisation ${i + 1}` })),
      })
    const parts = (lists: string[]) => lists.filter((p) => p.startsWith('/sitemap-organizations-'))

    it('renders only the part listing a changed document', () => {
      const early = edit(big(), 'organizations', 3, { website: 'https://example.org' })
      expect(parts(plan(big(), early).lists)).toEqual(['/sitemap-organizations-1.xml'])
      const late = edit(big(), 'organizations', count, { website: 'https://example.org' })
      expect(parts(plan(big(), late).lists)).toEqual(['/sitemap-organizations-2.xml'])
    })

    it('renders the parts whose documents shift, and removes a part that is gone', () => {
      // organisation 3 unpublished: every later one moves up a place, across the boundary of the parts
      const fewer = structuredClone(big())
      fewer.collections.organizations.splice(2, 1)
      expect(parts(plan(big(), fewer).lists)).toEqual(['/sitemap-organizations-1.xml', '/sitemap-organizations-2.xml'])
      // the last twenty unpublished: the second part is gone, the first stays as it is
      const shrunk = plan(big(), big(DOCUMENTS_PER_PART))
      expect(parts(shrunk.lists)).toEqual([])
      expect(shrunk.clear).toContain('/sitemap-organizations-2.xml')
    })
  })

  it('renders the calendar feeds when an event changes', () => {
    const after = edit(site(), 'events', 6, { name: { it: 'Inaugurazione del porto' } })
    const { lists } = plan(site(), after)
    expect(lists.filter((path) => path.endsWith('.ics'))).toEqual([
      '/pl/wydarzenia.ics',
      '/it/eventi.ics',
      '/lt/renginiai.ics',
      '/en/events.ics',
    ])
    expect(lists).toContain('/sitemap-events-1.xml')
  })

  it('renders the documents on both sides of a changed reference', () => {
    // project 3 moves from cluster 7 to no cluster: cluster 7 stops listing it
    const after = edit(site(), 'funding-projects', 3, { cluster: null })
    expect(plan(site(), after).render).toEqual(['clusters:7', 'funding-projects:3', 'organizations:1', 'routes:4'])
    // and the other way: a new partner's page starts listing the project
    const joined = edit(site(), 'funding-projects', 3, {
      partners: [
        { organization: 1, role: 'partner' },
        { organization: 8, role: 'partner' },
      ],
    })
    expect(plan(site(), joined).render).toContain('organizations:8')
  })

  it('renders a new document, its neighbours, and nothing for a removed one but its neighbours', () => {
    const added = structuredClone(site())
    added.collections.events.push(event(9, { en: 'Open Day' }, { sourceLocale: 'en', organizer: 8 }))
    expect(plan(site(), added)).toMatchObject({ changed: ['events:9'], render: ['events:9', 'organizations:8'] })

    const removed = structuredClone(site())
    removed.collections.routes = []
    const result = plan(site(), removed)
    expect(result.changed).toEqual(['routes:4'])
    expect(result.render).toEqual(['funding-projects:3'])
    // the removed route's pages are cleared in every locale, and not rendered again
    expect(result.clear.filter((p) => p.includes('pajurio-marsrutas'))).toHaveLength(4)
  })

  it('renders the pages that showed a document which vanished under them, and reports the references left behind', () => {
    // organisation 1 unpublished behind the CMS's back while cluster 7, project 3 and policy 5 still name it
    const withdrawn = structuredClone(site())
    withdrawn.collections.organizations = withdrawn.collections.organizations.filter((o) => o.id !== 1)
    const result = plan(site(), withdrawn)
    expect(result.changed).toEqual(['organizations:1'])
    expect(result.render).toEqual(['clusters:7', 'funding-projects:3', 'policy-documents:5'])
    expect(result.missingReferences.map((m) => `${m.section}:${m.id} ${m.field}`)).toEqual([
      'clusters:7 coordinator',
      'funding-projects:3 partners[0].organization',
      'policy-documents:5 issuer',
    ])
    // and when it is published again, the same pages link to it again
    expect(plan(withdrawn, site()).render).toEqual([
      'clusters:7',
      'funding-projects:3',
      'organizations:1',
      'policy-documents:5',
    ])
  })

  it('renders the pages showing a changed image', () => {
    const after = structuredClone(site())
    after.collections.media[0] = { ...after.collections.media[0], alt: { en: 'A better map' } }
    expect(plan(site(), after)).toMatchObject({ changed: [], render: ['clusters:7'] })
  })

  it('renders a document whose page moves because another took its path', () => {
    // organisation 8's new English name makes the slug organisation 1 had in English
    const after = edit(site(), 'organizations', 8, {
      name: { en: 'Pomeranian Foundation' },
      slug: { en: 'pomeranian-foundation' },
    })
    const result = plan(site(), after)
    expect(result.changed).toEqual(expect.arrayContaining(['organizations:8']))
    expect(result.render).toContain('organizations:8')
  })

  it('asks for a full build when the site settings change', () => {
    const after = { ...site(), settings: settings({ contact: { email: 'new@b.eu' } }) }
    expect(planIncremental(site(), after)).toEqual({ full: 'the site settings changed' })
  })

  it('asks for a full build when most documents of a large enough site change', () => {
    const before = site()
    const after = structuredClone(before)
    for (const org of after.collections.organizations) org.country = 'PL'
    // every organisation changes: with their neighbours, 7 of the 8 documents
    expect(planIncremental(before, after, { share: 0.5, minimum: 5 })).toEqual({
      full: "7 of 8 documents' pages change",
    })
    // below the minimum a partial build stays cheaper
    expect(planIncremental(before, after, { share: 0.5, minimum: 8 }).full).toBeUndefined()
  })
})

describe('stableJson', () => {
  it('ignores key order in nested objects but not array order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [2, 1] } })).toBe(stableJson({ a: { c: [2, 1], d: 2 }, b: 1 }))
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }))
  })
})
