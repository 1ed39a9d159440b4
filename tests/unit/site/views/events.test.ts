import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../../cms/locales'
import type { ContentDocument } from '../../../../shared/contentTypes'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { eventJsonLd, eventsInOrder, eventView, isPastEvent } from '../../../../site/src/lib/views/events'
import { cluster, event, organization, snapshot } from '../factories'
import { pageUrl as url } from './pageUrl'
import { viewAlone } from './sites'

/** An Italian two-day event with times, a place, an organiser and a cluster; and a month-only one. */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [organization(2, { lt: 'Klaipėdos universitetas' }, { sourceLocale: 'lt' })],
      clusters: [cluster(7, { pl: 'Klaster Morski', en: 'Maritime Cluster' })],
      events: [
        event(
          6,
          { it: 'Inaugurazione', pl: 'Otwarcie' },
          {
            sourceLocale: 'it',
            startDate: '2026-05-14',
            endDate: '2026-05-15',
            startTime: '10:00',
            endTime: '16:30',
            place: { it: 'Genova', pl: 'Genua' },
            organizer: 2,
            cluster: 7,
          },
        ),
        event(12, { pl: 'Konferencja' }, { startDate: '2026-06', endDate: '2026-06', startTime: '09:00' }),
      ],
    }),
  )
}

/** The day the tests' site is built: before every event of site(), so all of them are still to come. */
const today = '2026-05-01'

/** The view of an event published on its own (its references lead nowhere), built on `today`. */
const viewOf = (doc: ContentDocument<'events'>, locale: LocaleCode) =>
  viewAlone((entry, index, l) => eventView(entry, index, l, today), 'events', doc, locale)

describe('eventView', () => {
  it('shows when, where and who in the reader language', () => {
    const index = site()
    const entry = index.get('events', 6)!
    const view = eventView(entry, index, 'pl', today)
    expect(view.startDate).toBe('2026-05-14')
    expect(view.when).toBe('14 maja 2026 – 15 maja 2026')
    expect(view.time).toBe('10:00 – 16:30')
    expect(view.place).toBe('Genua')
    expect(view.organizer?.id).toBe('2')
    expect(view.cluster?.id).toBe('7')
    expect(view.icsPath).toBe(`${entry.variants.pl.path.replace(/\/$/, '')}.ics`)
    expect(view.icsPath).toMatch(/^\/pl\/wydarzenia\/[a-z-]+\.ics$/)
  })

  it('gives an untranslated locale the source text', () => {
    const index = site()
    const view = eventView(index.get('events', 6)!, index, 'en', today)
    expect(view.place).toBe('Genova')
    expect(view.when).toBe('14 May 2026 – 15 May 2026')
  })

  it('shows a date at its precision, once when the event ends the day it starts, and offers no calendar file for a month', () => {
    const index = site()
    const view = eventView(index.get('events', 12)!, index, 'pl', today)
    expect(view.when).toBe('czerwiec 2026')
    expect(view.time).toBe('09:00')
    expect(view.icsPath).toBeUndefined()
  })

  it('leaves out an unpublished organiser and cluster and shows only the date of a bare event', () => {
    const view = viewOf(event(13, { pl: 'Targi' }, { startDate: '2026-09-01', organizer: 404, cluster: 405 }), 'pl')
    expect(view).toEqual({
      startDate: '2026-09-01',
      when: '1 września 2026',
      time: undefined,
      place: undefined,
      organizer: undefined,
      cluster: undefined,
      past: false,
      icsPath: '/pl/wydarzenia/targi.ics',
    })
  })

  it('marks an event that is over and offers no calendar file for it', () => {
    const index = site()
    const view = eventView(index.get('events', 6)!, index, 'pl', '2026-05-16')
    expect(view.past).toBe(true)
    expect(view.icsPath).toBeUndefined()
    // on its last day it is still on
    expect(eventView(index.get('events', 6)!, index, 'pl', '2026-05-15').past).toBe(false)
  })

  it('shows no end time without a start time', () => {
    expect(viewOf(event(14, { pl: 'Spotkanie' }, { startDate: '2026-09-01', endTime: '12:00' }), 'pl').time).toBe(
      undefined,
    )
  })
})

describe('eventJsonLd', () => {
  it('gives start and end with their times, the place and the organiser', () => {
    const index = site()
    expect(eventJsonLd(index.get('events', 6)!, index, 'pl', url)).toEqual({
      '@type': 'Event',
      startDate: '2026-05-14T10:00',
      endDate: '2026-05-15T16:30',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Genua' },
      organizer: {
        '@type': 'Organization',
        name: 'Klaipėdos universitetas',
        url: 'https://example.org/pl/organizacje/klaipedos-universitetas/',
      },
    })
  })

  it('gives only the start day when an event has no times, place or published organiser', () => {
    const index = buildSiteIndex(
      snapshot({ events: [event(15, { pl: 'Dzień' }, { startDate: '2026', organizer: 404 })] }),
    )
    const entry = index.get('events', 15)!
    expect(JSON.parse(JSON.stringify(eventJsonLd(entry, index, 'pl', url)))).toEqual({
      '@type': 'Event',
      startDate: '2026',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    })
  })
})

describe('isPastEvent', () => {
  it('counts an event as over only after the last day it can mean', () => {
    expect(isPastEvent({ startDate: '2026-06', endDate: null }, '2026-06-30')).toBe(false)
    expect(isPastEvent({ startDate: '2026-06', endDate: null }, '2026-07-01')).toBe(true)
    expect(isPastEvent({ startDate: '2013', endDate: null }, '2013-12-31')).toBe(false)
    expect(isPastEvent({ startDate: '2026-05-14', endDate: '2026-05-15' }, '2026-05-15')).toBe(false)
    expect(isPastEvent({ startDate: '2026-05-14', endDate: '2026-05-15' }, '2026-05-16')).toBe(true)
  })
})

describe('eventsInOrder', () => {
  it('puts what is still to come first, soonest first, then what is over, latest first, whatever the titles', () => {
    const index = buildSiteIndex(
      snapshot({
        events: [
          event(1, { lt: 'Antrasis' }, { sourceLocale: 'lt', startDate: '2013-06-19' }),
          event(2, { lt: 'Iškilminga' }, { sourceLocale: 'lt', startDate: '2015-03-11' }),
          event(3, { lt: 'Pirmasis' }, { sourceLocale: 'lt', startDate: '2013-05-10' }),
          event(4, { lt: 'Vėliau' }, { sourceLocale: 'lt', startDate: '2027-01' }),
          event(5, { lt: 'Greitai' }, { sourceLocale: 'lt', startDate: '2026-12-10' }),
          event(6, { lt: 'Tą pačią dieną' }, { sourceLocale: 'lt', startDate: '2013-06-19' }),
          event(10, { lt: 'Irgi tą dieną' }, { sourceLocale: 'lt', startDate: '2013-06-19' }),
        ],
      }),
    )
    const ids = eventsInOrder(index.list('events'), '2026-12-04').map((e) => e.id)
    // the same day: by id, as numbers (10 after 6)
    expect(ids).toEqual(['5', '4', '2', '1', '6', '10', '3'])
  })
})
