import { describe, expect, it } from 'vitest'
import { cardFacts } from '../../../site/src/lib/cards'
import { buildSiteIndex } from '../../../site/src/lib/siteIndex'
import { cluster, event, organization, policy, project, route, snapshot } from './factories'

/** One document of every type with the facts its card shows, built on 2026-11-21. */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [
        organization(
          1,
          { pl: 'Pomorska Fundacja' },
          { country: 'DE', city: { pl: 'Gdańsk' }, kinds: ['foundation', 'university'] },
        ),
      ],
      clusters: [
        cluster(2, { pl: 'Klaster Morski' }, { sector: { pl: 'Gospodarka morska' }, region: { pl: 'Pomorze' } }),
      ],
      'funding-projects': [
        project(
          3,
          { pl: 'Most Bałtycki' },
          { periodStart: '2017-01', periodEnd: '2027-06-30', totalBudget: '1640866.85', currency: 'EUR' },
        ),
      ],
      routes: [
        route(
          4,
          { pl: 'Szlak' },
          { lengthKm: 12.5, duration: 3.5, durationUnit: 'hours', difficulty: 'easy', region: { pl: 'Mierzeja' } },
        ),
      ],
      'policy-documents': [
        policy(5, { pl: 'Strategia' }, { level: 'regional', documentType: 'strategy', adoptedOn: '2015-03' }),
      ],
      events: [
        event(6, { pl: 'Otwarcie' }, { startDate: '2026-05-14', endDate: '2026-05-15', place: { pl: 'Genua' } }),
        event(7, { pl: 'Targi' }, { startDate: '2026-12' }),
      ],
    }),
  )
}

describe('cardFacts', () => {
  const today = '2026-11-21'

  it('gives each type its key facts in the reader’s words', () => {
    const index = site()
    const facts = (section: Parameters<typeof index.get>[0], id: number) =>
      cardFacts(index.get(section, id)!, 'pl', today)
    expect(facts('organizations', 1)).toEqual({
      facts: ['Niemcy', 'Gdańsk', 'Fundacja', 'Uczelnia'],
    })
    expect(facts('clusters', 2)).toEqual({ facts: ['Gospodarka morska', 'Pomorze'] })
    expect(facts('funding-projects', 3)).toEqual({
      facts: ['styczeń 2017 – 30 czerwca 2027', 'W trakcie realizacji', '1\u00a0640\u00a0866,85\u00a0€'],
    })
    expect(facts('routes', 4)).toEqual({ facts: ['12,5 km', '3,5 godziny', 'Łatwa', 'Mierzeja'] })
    expect(facts('policy-documents', 5)).toEqual({ facts: ['Regionalny', 'Strategia', 'marzec 2015'] })
  })

  it('dates an event and marks it once it is over', () => {
    const index = site()
    expect(cardFacts(index.get('events', 6)!, 'en', today)).toEqual({
      facts: ['14 May 2026 – 15 May 2026', 'Genua'],
      badge: 'Past event',
    })
    expect(cardFacts(index.get('events', 7)!, 'lt', today)).toEqual({ facts: ['2026 m. gruodis'], badge: undefined })
  })
})
