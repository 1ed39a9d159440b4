import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { calendar, eventAttributes } from '../../../site/src/lib/ics'
import { entryOf, event } from './factories'

const URL = 'https://example.org/pl/wydarzenia/inauguracja/'

/** An event translated into Polish and English, on the given dates and times. */
function inauguration(dates: Record<string, unknown>) {
  return entryOf(
    'events',
    event(
      12,
      { pl: 'Inauguracja klastra', en: 'Cluster inauguration' },
      {
        summary: { pl: 'Otwarcie', en: 'Opening' },
        place: { pl: 'Gdańsk', en: 'Gdansk' },
        ...dates,
      },
    ),
  )
}

/** The lines of an .ics file, unfolded (RFC 5545 folds long lines with CRLF + space). */
const lines = (ics: string) => ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)

describe('eventAttributes', () => {
  it('returns null for a date known only to the month', () => {
    expect(eventAttributes(inauguration({ startDate: '2015-03' }), 'pl', URL)).toBeNull()
  })

  it('returns null for a date known only to the year, or no date', () => {
    expect(eventAttributes(inauguration({ startDate: '2015' }), 'pl', URL)).toBeNull()
    expect(eventAttributes(inauguration({ startDate: undefined }), 'pl', URL)).toBeNull()
    expect(eventAttributes(inauguration({ startDate: 'soon' }), 'pl', URL)).toBeNull()
  })

  it('makes an all-day event end on the next day', () => {
    const attributes = eventAttributes(inauguration({ startDate: '2015-03-11' }), 'pl', URL)
    expect(attributes).toMatchObject({ start: [2015, 3, 11], end: [2015, 3, 12] })
  })

  it('ends a several-day event on the day after its last day, across month and year ends', () => {
    expect(eventAttributes(inauguration({ startDate: '2015-03-11', endDate: '2015-03-13' }), 'pl', URL)).toMatchObject({
      start: [2015, 3, 11],
      end: [2015, 3, 14],
    })
    expect(eventAttributes(inauguration({ startDate: '2016-02-27', endDate: '2016-02-29' }), 'pl', URL)).toMatchObject({
      end: [2016, 3, 1],
    })
    expect(eventAttributes(inauguration({ startDate: '2015-12-30', endDate: '2015-12-31' }), 'pl', URL)).toMatchObject({
      end: [2016, 1, 1],
    })
  })

  it('ignores an end date known only to the month', () => {
    expect(eventAttributes(inauguration({ startDate: '2015-03-11', endDate: '2015-04' }), 'pl', URL)).toMatchObject({
      end: [2015, 3, 12],
    })
  })

  it('gives a timed event at the exact UTC instant of its wall-clock time in its zone (Europe/Warsaw by default)', () => {
    const attributes = eventAttributes(
      inauguration({ startDate: '2015-03-11', startTime: '10:00', endTime: '12:30' }),
      'pl',
      URL,
    )
    // 11 March 2015 is winter time in Warsaw (UTC+1)
    expect(attributes).toMatchObject({ start: [2015, 3, 11, 9, 0], end: [2015, 3, 11, 11, 30] })
  })

  it('ends a timed event on its end date at its end time', () => {
    const attributes = eventAttributes(
      inauguration({ startDate: '2015-03-11', startTime: '18:15', endDate: '2015-03-12', endTime: '09:05' }),
      'pl',
      URL,
    )
    expect(attributes).toMatchObject({ start: [2015, 3, 11, 17, 15], end: [2015, 3, 12, 8, 5] })
  })

  it('takes title, description and place in the requested locale, with a stable uid and the page URL', () => {
    const attributes = eventAttributes(inauguration({ startDate: '2015-03-11' }), 'en', URL)
    expect(attributes).toMatchObject({
      uid: 'event-12@baltic-clusters',
      title: 'Cluster inauguration',
      description: 'Opening',
      location: 'Gdansk',
      url: URL,
    })
    expect(eventAttributes(inauguration({ startDate: '2015-03-11' }), 'pl', URL)).toMatchObject({
      title: 'Inauguracja klastra',
      description: 'Otwarcie',
      location: 'Gdańsk',
    })
  })

  it('falls back to English text for an untranslated locale', () => {
    expect(eventAttributes(inauguration({ startDate: '2015-03-11' }), 'lt', URL)).toMatchObject({
      title: 'Cluster inauguration',
      location: 'Gdansk',
    })
  })
})

describe('calendar', () => {
  it('writes an iCalendar file with the localized title and an all-day date', () => {
    const attributes = eventAttributes(inauguration({ startDate: '2015-03-11' }), 'pl', URL)!
    const ics = lines(calendar([attributes], 'Wydarzenia'))
    expect(ics[0]).toBe('BEGIN:VCALENDAR')
    expect(ics).toContain('END:VCALENDAR')
    expect(ics).toContain('X-WR-CALNAME:Wydarzenia')
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('UID:event-12@baltic-clusters')
    expect(ics).toContain('SUMMARY:Inauguracja klastra')
    expect(ics).toContain('DTSTART;VALUE=DATE:20150311')
    expect(ics).toContain('DTEND;VALUE=DATE:20150312')
    expect(ics).toContain('LOCATION:Gdańsk')
    expect(ics).toContain(`URL;VALUE=URI:${URL}`)
    // a published feed: calendar apps subscribe to it rather than take it as an invitation
    expect(ics).toContain('METHOD:PUBLISH')
  })

  it('writes one VEVENT per event', () => {
    const a = eventAttributes(inauguration({ startDate: '2015-03-11' }), 'en', URL)!
    const b = {
      ...eventAttributes(inauguration({ startDate: '2016-05-02' }), 'en', URL)!,
      uid: 'event-13@baltic-clusters',
    }
    const ics = lines(calendar([a, b], 'Events'))
    expect(ics.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2)
    expect(ics).toContain('DTSTART;VALUE=DATE:20160502')
  })

  it('refuses a date that does not exist, naming the event, rather than rolling it over', () => {
    const valid = eventAttributes(inauguration({ startDate: '2015-03-11' }), 'en', URL)!
    expect(() => calendar([{ ...valid, start: [2015, 13, 40] }], 'Events')).toThrow(
      'event event-12@baltic-clusters: start 2015-13-40 is not a real date and time',
    )
    expect(() => calendar([{ ...valid, end: [2015, 2, 29, 10, 0] }], 'Events')).toThrow('end 2015-2-29-10-0')
  })

  it('stamps an event with its last revision, so the same content always gives the same file', () => {
    const entry = inauguration({ startDate: '2015-03-11', startTime: '10:00' })
    ;(entry.doc as { updatedAt?: string }).updatedAt = '2024-05-06T07:08:09.000Z'
    const first = calendar([eventAttributes(entry, 'en', URL)!], 'Events')
    expect(lines(first)).toContain('DTSTAMP:20240506T070809Z')
    expect(calendar([eventAttributes(entry, 'en', URL)!], 'Events')).toBe(first)
  })

  it('folds long lines at 75 bytes without splitting a character', () => {
    const entry = inauguration({ startDate: '2015-03-11' })
    const ics = calendar(
      [{ ...eventAttributes(entry, 'pl', URL)!, title: 'Żółć gęślą jaźń '.repeat(10) }],
      'Wydarzenia',
    )
    const physical = ics.split('\r\n')
    expect(Math.max(...physical.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75)
    expect(physical.join('\n')).not.toContain('\uFFFD')
    expect(lines(ics)).toContain(`SUMMARY:${'Żółć gęślą jaźń '.repeat(10)}`)
  })

  describe('on a build machine in UTC', () => {
    let saved: string | undefined
    beforeEach(() => {
      saved = process.env.TZ
      process.env.TZ = 'UTC'
    })
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    })

    it("places a timed event at its time in the event's own time zone", () => {
      // 10:00 in Vilnius on 11 March 2015 (EET, UTC+2) is 08:00 UTC.
      const entry = inauguration({
        startDate: '2015-03-11',
        startTime: '10:00',
        endTime: '12:00',
        timeZone: 'Europe/Vilnius',
      })
      const ics = lines(calendar([eventAttributes(entry, 'en', URL)!], 'Events'))
      const start = ics.find((l) => l.startsWith('DTSTART'))
      expect(start).toMatch(/^DTSTART(:20150311T080000Z|;TZID=Europe\/Vilnius:20150311T100000)$/)
    })
  })
})
