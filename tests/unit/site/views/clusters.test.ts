import { describe, expect, it } from 'vitest'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { clusterJsonLd, clusterView } from '../../../../site/src/lib/views/clusters'
import { cluster, event, organization, project, snapshot } from '../factories'
import { pageUrl } from './pageUrl'

/** A cluster with every block filled (some references unpublished), and one with only a name. */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [
        organization(1, { pl: 'Pomorska Fundacja', en: 'Pomeranian Foundation' }),
        organization(2, { en: 'Harbour Guild' }, { sourceLocale: 'en' }),
      ],
      clusters: [
        cluster(
          7,
          { pl: 'Klaster Morski', en: 'Maritime Cluster' },
          {
            acronym: 'KM',
            sector: { pl: 'Gospodarka morska', en: 'Maritime economy' },
            region: { en: 'Pomerania' },
            country: 'PL',
            foundedOn: '2009-06',
            coordinator: 1,
            supportingOrganizations: [2, 98, 1],
            goals: [{ goal: { pl: 'Wzrost', en: 'Growth' } }, { goal: { en: 'Exports' } }],
            timeline: [
              { date: '2015-03-11', title: { en: 'Second stage' }, description: { en: 'Funded' } },
              { date: '2009', title: { pl: 'Założenie', en: 'Founding' }, description: null },
              { date: '2009-01', title: { en: 'Charter' }, description: { pl: 'Statut' } },
              { date: '2009-01-01', title: { en: 'Same first day, later in the list' } },
            ],
          },
        ),
        cluster(8, { en: 'Quiet Cluster' }, { sourceLocale: 'en', coordinator: 99, supportingOrganizations: [98] }),
      ],
      'funding-projects': [
        project(3, { en: 'Baltic Bridge' }, { sourceLocale: 'en', cluster: 7 }),
        project(4, { en: 'Elsewhere' }, { sourceLocale: 'en', cluster: 8 }),
        project(5, { en: 'Quays' }, { sourceLocale: 'en', cluster: 7 }),
      ],
      events: [event(6, { en: 'Opening' }, { sourceLocale: 'en', cluster: 7 })],
    }),
  )
}

describe('clusterView', () => {
  it('shows the facts in the reader’s language, dates at their stored precision', () => {
    const index = site()
    expect(clusterView(index.get('clusters', 7)!, index, 'pl')).toMatchObject({
      acronym: 'KM',
      sector: 'Gospodarka morska',
      // no Polish region: the English one
      region: 'Pomerania',
      country: 'Polska',
      countryCode: 'PL',
      founded: { datetime: '2009-06', text: 'czerwiec 2009' },
      coordinator: { id: '1' },
    })
  })

  it('takes localized text from the fallback locale on an untranslated page', () => {
    const index = site()
    const view = clusterView(index.get('clusters', 7)!, index, 'lt')
    expect(index.get('clusters', 7)!.variants.lt).toMatchObject({ translated: false, contentLocale: 'en' })
    expect(view.sector).toBe('Maritime economy')
    expect(view.goals).toEqual(['Growth', 'Exports'])
    expect(view.country).toBe('Lenkija')
    expect(view.founded?.text).toBe('2009 m. birželis')
  })

  it('lists published supporters in the editor’s order, leaving out the unpublished', () => {
    const index = site()
    expect(clusterView(index.get('clusters', 7)!, index, 'en').supporters.map((o) => o.id)).toEqual(['2', '1'])
  })

  it('puts the timeline oldest first, a year or month by its first day, equal days in the editor’s order', () => {
    const index = site()
    const { timeline } = clusterView(index.get('clusters', 7)!, index, 'pl')
    expect(timeline).toEqual([
      { date: { datetime: '2009', text: '2009' }, title: 'Założenie', description: undefined },
      { date: { datetime: '2009-01', text: 'styczeń 2009' }, title: 'Charter', description: 'Statut' },
      {
        date: { datetime: '2009-01-01', text: '1 stycznia 2009' },
        title: 'Same first day, later in the list',
        description: undefined,
      },
      { date: { datetime: '2015-03-11', text: '11 marca 2015' }, title: 'Second stage', description: 'Funded' },
    ])
  })

  it('lists the projects and events that name the cluster', () => {
    const index = site()
    const view = clusterView(index.get('clusters', 7)!, index, 'en')
    expect(view.projects.map((p) => p.id)).toEqual(['3', '5'])
    expect(view.events.map((e) => e.id)).toEqual(['6'])
  })

  it('shows nothing optional for a cluster whose references are all unpublished', () => {
    const index = site()
    const view = clusterView(index.get('clusters', 8)!, index, 'en')
    expect(view).toEqual({
      acronym: undefined,
      sector: undefined,
      region: undefined,
      country: undefined,
      founded: undefined,
      coordinator: undefined,
      supporters: [],
      goals: [],
      timeline: [],
      projects: [index.get('funding-projects', 4)],
      events: [],
    })
  })
})

describe('clusterJsonLd', () => {
  it('names the founding date, address, coordinator and supporters', () => {
    const index = site()
    const entry = index.get('clusters', 7)!
    const own = clusterJsonLd(entry, index, 'en', pageUrl)
    const org = (id: number) => index.get('organizations', id)!
    expect(own).toEqual({
      '@type': 'Organization',
      additionalType: 'https://en.wikipedia.org/wiki/Business_cluster',
      foundingDate: '2009-06',
      address: { '@type': 'PostalAddress', addressCountry: 'PL', addressRegion: 'Pomerania' },
      parentOrganization: {
        '@type': 'Organization',
        name: 'Pomeranian Foundation',
        url: `https://example.org${org(1).variants.en.path}`,
      },
      sponsor: [
        { '@type': 'Organization', name: 'Harbour Guild', url: `https://example.org${org(2).variants.en.path}` },
        {
          '@type': 'Organization',
          name: 'Pomeranian Foundation',
          url: `https://example.org${org(1).variants.en.path}`,
        },
      ],
    })
  })

  it('leaves an empty sponsor list when no supporter is published', () => {
    const index = site()
    // supporters that are all unpublished leave an empty list, as jsonLdFor always gave
    expect(clusterJsonLd(index.get('clusters', 8)!, index, 'en', pageUrl)).toEqual({
      '@type': 'Organization',
      additionalType: 'https://en.wikipedia.org/wiki/Business_cluster',
      sponsor: [],
    })
  })
})
