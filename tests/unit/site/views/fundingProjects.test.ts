import { describe, expect, it } from 'vitest'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { fundingProjectJsonLd, fundingProjectView } from '../../../../site/src/lib/views/fundingProjects'
import { cluster, organization, project, route, snapshot } from '../factories'
import { pageUrl } from './pageUrl'
import { viewAlone } from './sites'

const today = '2026-12-01'

/** A project with every block filled (some references unpublished), a bare one, and one with a budget only. */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [
        organization(1, { en: 'Klaipėda Region' }, { sourceLocale: 'en', country: 'LT' }),
        organization(2, { en: 'Stralsund University' }, { sourceLocale: 'en', country: 'DE' }),
        organization(3, { en: 'Gdańsk Park' }, { sourceLocale: 'en', country: 'PL' }),
        organization(4, { en: 'Nowhere Office' }, { sourceLocale: 'en' }),
        organization(5, { en: 'Vilnius Guild' }, { sourceLocale: 'en', country: 'LT' }),
      ],
      clusters: [cluster(7, { en: 'Maritime Cluster' }, { sourceLocale: 'en' })],
      'funding-projects': [
        project(
          10,
          { en: 'Baltic Bridge', pl: 'Most Bałtycki' },
          {
            sourceLocale: 'en',
            acronym: 'BB',
            programme: { en: 'Interreg South Baltic' },
            funds: ['erdf', 'state-budget'],
            currency: 'EUR',
            totalBudget: '1000.50',
            euContribution: '800.40',
            ownContribution: '200.10',
            coFinancingRate: 80,
            ownContributionSource: { pl: 'Budżet województwa', en: 'Regional budget' },
            partnerShares: [
              { organization: 3, euContribution: '100.00', ownContribution: null },
              { organization: 98, euContribution: '1.00', ownContribution: '1.00' },
              { organization: 1, euContribution: null, ownContribution: '5.25' },
            ],
            periodStart: '2025',
            periodEnd: '2027-06',
            stage: 'funded',
            partners: [
              { organization: 5, role: 'partner' },
              { organization: 2, role: 'lead-partner' },
              { organization: 98, role: 'partner' },
              { organization: 4, role: 'partner' },
              { organization: 1, role: 'partner' },
              { organization: 3, role: 'partner' },
            ],
            associatedPartners: [3, 98],
            associatedPartnerCount: 5,
            linesOfActivity: [
              { title: { en: 'Pilots' }, description: { pl: 'Piloty', en: 'Pilot actions' } },
              { title: { en: 'Training' }, description: null },
            ],
            targetGroups: { en: 'Small firms' },
            cluster: 7,
          },
        ),
        project(11, { en: 'Bare' }, { sourceLocale: 'en', cluster: 99, associatedPartners: [98] }),
        project(
          12,
          { pl: 'Tylko budżet' },
          { currency: 'PLN', totalBudget: '500.00', periodEnd: '2020', associatedPartners: [2] },
        ),
      ],
      routes: [
        route(20, { en: 'Coast Route' }, { sourceLocale: 'en', project: 10 }),
        route(21, { en: 'Other Route' }, { sourceLocale: 'en', project: 11 }),
      ],
    }),
  )
}

describe('fundingProjectView', () => {
  it('shows the facts in the reader’s language, the status as of the build date', () => {
    const index = site()
    const view = fundingProjectView(index.get('funding-projects', 10)!, index, 'pl', today)
    expect(view.acronym).toBe('BB')
    // no Polish programme: the English one
    expect(view.programme).toBe('Interreg South Baltic')
    expect(view.funds).toEqual(['erdf', 'state-budget'])
    expect(view.period).toBe('2025 – czerwiec 2027')
    expect(view.status).toBe('ongoing')
    expect(view.statusDate).toBe('1 grudnia 2026')
    expect(view.stage).toBe('funded')
    expect(view.cluster?.id).toBe('7')
    expect(view.targetGroups).toBe('Small firms')
    expect(view.linesOfActivity).toEqual([
      { title: 'Pilots', description: 'Piloty' },
      { title: 'Training', description: undefined },
    ])
  })

  it('formats the budget in the reader’s format, exact to the cent, with the chart’s stored amounts', () => {
    const index = site()
    const { budget } = fundingProjectView(index.get('funding-projects', 10)!, index, 'en', today)
    expect(budget).toMatchObject({
      total: '€1,000.50',
      eu: '€800.40',
      own: '€200.10',
      coFinancingRate: '80%',
      ownContributionSource: 'Regional budget',
      chart: { id: 'budget-10', total: '1000.50', eu: '800.40', own: '200.10', currency: 'EUR' },
    })
  })

  it('says which amount the CMS computed, so the page does not present it as stated', () => {
    const budgetOf = (extra: Parameters<typeof project>[2]) =>
      viewAlone(
        fundingProjectView,
        'funding-projects',
        project(31, { en: 'P' }, { sourceLocale: 'en', totalBudget: '100.00', euContribution: '80.00', ...extra }),
        'en',
      ).budget
    expect(budgetOf({ derivedAmount: 'totalBudget' })?.derived).toBe('total')
    expect(budgetOf({ derivedAmount: 'ownContribution' })?.derived).toBe('own')
    expect(budgetOf({ derivedAmount: null })?.derived).toBeUndefined()
  })

  it('lists partner shares of published partners only, a missing amount as a dash', () => {
    const index = site()
    const { budget } = fundingProjectView(index.get('funding-projects', 10)!, index, 'pl', today)
    expect(budget?.shares.map((s) => ({ org: s.org.id, eu: s.eu, own: s.own }))).toEqual([
      { org: '3', eu: '100,00\u00a0€', own: '–' },
      { org: '1', eu: '–', own: '5,25\u00a0€' },
    ])
  })

  it('groups published partners by country, sorted by the country’s name in the reader’s language', () => {
    const index = site()
    const ids = (locale: 'en' | 'pl') =>
      fundingProjectView(index.get('funding-projects', 10)!, index, locale, today).partnersByCountry.map((group) => ({
        country: group.country,
        partners: group.partners.map((p) => `${p.org.id}${p.lead ? ' lead' : ''}`),
      }))
    expect(ids('en')).toEqual([
      { country: 'Germany', partners: ['2 lead'] },
      { country: 'Lithuania', partners: ['5', '1'] },
      { country: 'Poland', partners: ['3'] },
      { country: '—', partners: ['4'] },
    ])
    // partners without a country sort under the name of an unknown region (ZZ): “Nieznany region” in Polish
    expect(ids('pl').map((group) => group.country)).toEqual(['Litwa', 'Niemcy', '—', 'Polska'])
    expect(fundingProjectView(index.get('funding-projects', 10)!, index, 'en', today).partnerCount).toBe(5)
  })

  it('gives the map the partners’ countries as stored, leaving out partners with none', () => {
    const index = site()
    const view = fundingProjectView(index.get('funding-projects', 10)!, index, 'en', today)
    expect(view.partnerCountries).toEqual(['DE', 'LT', 'PL'])
  })

  it('states the associated partners’ count the project gives, else how many published ones it names', () => {
    const index = site()
    const full = fundingProjectView(index.get('funding-projects', 10)!, index, 'en', today)
    expect(full.associatedCount).toBe(5)
    expect(full.associated.map((o) => o.id)).toEqual(['3'])
    const bare = fundingProjectView(index.get('funding-projects', 11)!, index, 'en', today)
    expect(bare.associatedCount).toBe(0)
    expect(bare.associated).toEqual([])
  })

  it('shows the EU emblem for a project drawing on an EU fund or given an EU contribution, not for national money alone', () => {
    const euFunded = (extra: Parameters<typeof project>[2]) =>
      viewAlone(
        fundingProjectView,
        'funding-projects',
        project(30, { en: 'P' }, { sourceLocale: 'en', ...extra }),
        'en',
      ).euFunded
    expect(euFunded({ funds: ['erdf'] })).toBe(true)
    expect(euFunded({ funds: ['state-budget'], euContribution: '1000.00', totalBudget: '2000.00' })).toBe(true)
    expect(euFunded({ funds: ['state-budget', 'regional-budget'] })).toBe(false)
  })

  it('lists the routes that name the project', () => {
    const index = site()
    expect(fundingProjectView(index.get('funding-projects', 10)!, index, 'en', today).routes.map((r) => r.id)).toEqual([
      '20',
    ])
  })

  it('shows only the status for a project with nothing else, and no cluster that is unpublished', () => {
    const index = site()
    expect(fundingProjectView(index.get('funding-projects', 11)!, index, 'en', today)).toEqual({
      acronym: undefined,
      programme: undefined,
      funds: [],
      // neither an EU fund nor an EU contribution: no EU emblem
      euFunded: false,
      period: undefined,
      status: 'unknown',
      // the date is formatted with the bare locale code (en: US style), as the page always did
      statusDate: '1 December 2026',
      stage: undefined,
      cluster: undefined,
      budget: undefined,
      partnerCount: 0,
      partnersByCountry: [],
      partnerCountries: [],
      associatedCount: 0,
      associated: [],
      linesOfActivity: [],
      targetGroups: undefined,
      routes: [index.get('routes', 21)],
    })
  })

  it('shows a budget without contributions and no chart, in the project’s currency', () => {
    const index = site()
    const view = fundingProjectView(index.get('funding-projects', 12)!, index, 'pl', today)
    expect(view.budget).toEqual({
      total: '500,00\u00a0zł',
      eu: undefined,
      own: undefined,
      coFinancingRate: undefined,
      ownContributionSource: undefined,
      chart: undefined,
      shares: [],
    })
    expect(view.period).toBe('… – 2020')
    expect(view.status).toBe('completed')
    expect(view.associatedCount).toBe(1)
  })
})

describe('fundingProjectJsonLd', () => {
  it('names the period, the published partners and the EU grant', () => {
    const index = site()
    const entry = index.get('funding-projects', 10)!
    const own = fundingProjectJsonLd(entry, index, 'en', pageUrl)
    const org = (id: number) => index.get('organizations', id)!
    const ref = (id: number) => ({
      '@type': 'Organization',
      name: org(id).doc.name.en,
      url: `https://example.org${org(id).variants.en.path}`,
    })
    expect(own).toEqual({
      '@type': 'Project',
      foundingDate: '2025',
      dissolutionDate: '2027-06',
      member: [ref(5), ref(2), ref(4), ref(1), ref(3)],
      funding: {
        '@type': 'MonetaryGrant',
        amount: { '@type': 'MonetaryAmount', value: '800.40', currency: 'EUR' },
        name: 'Interreg South Baltic',
      },
    })
  })

  it('gives the total budget as the grant when there is no EU contribution', () => {
    const index = site()
    // without an EU contribution the grant is the total budget
    expect(fundingProjectJsonLd(index.get('funding-projects', 12)!, index, 'pl', pageUrl)).toEqual({
      '@type': 'Project',
      dissolutionDate: '2020',
      member: [],
      funding: { '@type': 'MonetaryGrant', amount: { '@type': 'MonetaryAmount', value: '500.00', currency: 'PLN' } },
    })
  })
})
