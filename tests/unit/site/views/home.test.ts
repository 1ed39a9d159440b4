import { describe, expect, it } from 'vitest'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { homeView } from '../../../../site/src/lib/views/home'
import { cluster, event, project, route, snapshot } from '../factories'

/** Events on both sides of 2026-11-21, four routes, projects of which two are featured, a cluster. */
function site() {
  return buildSiteIndex(
    snapshot({
      events: [
        event(1, { en: 'Last year' }, { sourceLocale: 'en', startDate: '2025-11-21' }),
        event(2, { en: 'In spring' }, { sourceLocale: 'en', startDate: '2027-04' }),
        event(3, { en: 'Next week' }, { sourceLocale: 'en', startDate: '2026-11-28' }),
        event(4, { en: 'Today' }, { sourceLocale: 'en', startDate: '2026-11-21' }),
        event(5, { en: 'Next year' }, { sourceLocale: 'en', startDate: '2027' }),
      ],
      routes: ['Dunes', 'Amber Coast', 'Lagoon', 'Castles'].map((name, i) =>
        route(10 + i, { en: name }, { sourceLocale: 'en' }),
      ),
      'funding-projects': [
        project(20, { en: 'Zeta' }, { sourceLocale: 'en', featured: true }),
        project(21, { en: 'Beta' }, { sourceLocale: 'en' }),
        project(22, { en: 'Alpha' }, { sourceLocale: 'en', featured: true }),
      ],
      clusters: [cluster(30, { en: 'Maritime' }, { sourceLocale: 'en' })],
    }),
  )
}

describe('homeView', () => {
  it('leads with the next three events, leaving out those that are over', () => {
    const home = homeView(site(), 'en', '2026-11-21')
    // a year known alone counts from its first day, so "2027" comes before April 2027
    expect(home.upcomingEvents.map((e) => e.id)).toEqual(['4', '3', '5'])
  })

  it('shows three routes by title, the featured projects and the clusters', () => {
    const home = homeView(site(), 'en', '2026-11-21')
    expect(home.routes.map((r) => r.id)).toEqual(['11', '13', '10'])
    expect(home.featuredProjects.map((p) => p.id)).toEqual(['22', '20'])
    expect(home.clusters.map((c) => c.id)).toEqual(['30'])
  })

  it('shows at most six featured projects, however many editors feature', () => {
    const many = buildSiteIndex(
      snapshot({
        'funding-projects': Array.from({ length: 9 }, (_, i) =>
          project(40 + i, { en: `Project ${i + 1}` }, { sourceLocale: 'en', featured: true }),
        ),
      }),
    )
    expect(homeView(many, 'en', '2026-11-21').featuredProjects.map((p) => p.id)).toEqual([
      '40',
      '41',
      '42',
      '43',
      '44',
      '45',
    ])
  })

  it('has no upcoming events once all of them are over', () => {
    expect(homeView(site(), 'en', '2028-01-01').upcomingEvents).toEqual([])
  })
})
