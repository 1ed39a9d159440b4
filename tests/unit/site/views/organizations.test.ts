import { describe, expect, it } from 'vitest'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { organizationJsonLd, organizationView } from '../../../../site/src/lib/views/organizations'
import { cluster, event, organization, policy, project, snapshot } from '../factories'
import { pageUrl } from './pageUrl'

/** An organisation named by documents of every kind that can name one, and one named by nothing. */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [
        organization(
          1,
          { pl: 'Pomorska Fundacja', en: 'Pomeranian Foundation' },
          {
            officialName: 'Fundacja Pomorska sp. z o.o.',
            acronym: 'PF',
            country: 'DE',
            city: { pl: 'Gdańsk', en: 'Gdansk' },
            kinds: ['foundation', 'university'],
            website: 'https://pf.example.org/about',
            parent: 2,
          },
        ),
        organization(2, { en: 'Pomeranian Board' }, { sourceLocale: 'en' }),
        organization(3, { en: 'Harbour Office' }, { sourceLocale: 'en', parent: 1 }),
        organization(4, { en: 'Lonely Guild' }, { sourceLocale: 'en', parent: 99 }),
      ],
      clusters: [
        cluster(7, { en: 'Maritime Cluster' }, { sourceLocale: 'en', coordinator: 1, supportingOrganizations: [1] }),
      ],
      'funding-projects': [
        project(
          8,
          { en: 'Quays' },
          { sourceLocale: 'en', partners: [{ organization: 1, role: 'partner' }], associatedPartners: [1] },
        ),
      ],
      'policy-documents': [policy(5, { en: 'Strategy' }, { sourceLocale: 'en', issuer: 1 })],
      events: [event(6, { en: 'Opening' }, { sourceLocale: 'en', organizer: 1 })],
    }),
  )
}

describe('organizationView', () => {
  it('shows the facts in the reader’s language, the official name in the source language', () => {
    const index = site()
    expect(organizationView(index.get('organizations', 1)!, index, 'pl')).toMatchObject({
      officialName: 'Fundacja Pomorska sp. z o.o.',
      officialNameLang: 'pl',
      acronym: 'PF',
      country: 'Niemcy',
      city: 'Gdańsk',
      kinds: ['foundation', 'university'],
      parent: { id: '2' },
      website: { href: 'https://pf.example.org/about', text: 'pf.example.org/about' },
      // its country and kinds lead to the organisations that share them
      countryPath: '/pl/organizacje/kraj/niemcy/',
      kindPaths: { foundation: '/pl/organizacje/rodzaj/fundacja/', university: '/pl/organizacje/rodzaj/uczelnia/' },
    })
  })

  it('takes localized facts from the fallback locale on an untranslated page', () => {
    const index = site()
    const view = organizationView(index.get('organizations', 1)!, index, 'lt')
    expect(index.get('organizations', 1)!.variants.lt).toMatchObject({ translated: false, contentLocale: 'en' })
    expect(view.city).toBe('Gdansk')
    expect(view.country).toBe('Vokietija')
  })

  it('lists every document naming it once, by section in navigation order', () => {
    const index = site()
    const view = organizationView(index.get('organizations', 1)!, index, 'en')
    expect(view.mentions.map((e) => `${e.section}:${e.id}`)).toEqual([
      'clusters:7',
      'funding-projects:8',
      'policy-documents:5',
      'organizations:3',
      'events:6',
    ])
  })

  it('leaves out a parent that is not published', () => {
    const index = site()
    expect(organizationView(index.get('organizations', 4)!, index, 'en').parent).toBeUndefined()
  })

  it('shows nothing optional for an organisation with only a name', () => {
    const index = site()
    expect(organizationView(index.get('organizations', 2)!, index, 'en')).toEqual({
      officialName: undefined,
      officialNameLang: 'en',
      acronym: undefined,
      country: undefined,
      city: undefined,
      kinds: [],
      kindPaths: {},
      parent: undefined,
      website: undefined,
      mentions: [index.get('organizations', 1)],
    })
    expect(organizationView(index.get('organizations', 4)!, index, 'en').mentions).toEqual([])
  })
})

describe('organizationJsonLd', () => {
  it('names the legal name, country, website and parent', () => {
    const index = site()
    const entry = index.get('organizations', 1)!
    const own = organizationJsonLd(entry, index, 'pl', pageUrl)
    expect(own).toEqual({
      '@type': 'Organization',
      legalName: 'Fundacja Pomorska sp. z o.o.',
      alternateName: 'PF',
      address: { '@type': 'PostalAddress', addressCountry: 'DE' },
      sameAs: 'https://pf.example.org/about',
      parentOrganization: {
        '@type': 'Organization',
        name: 'Pomeranian Board',
        url: `https://example.org${index.get('organizations', 2)!.variants.pl.path}`,
      },
    })
  })

  it('leaves out a parent that is not published', () => {
    const index = site()
    // an unpublished parent is left out
    expect(organizationJsonLd(index.get('organizations', 4)!, index, 'en', pageUrl)).toEqual({
      '@type': 'Organization',
    })
  })
})
