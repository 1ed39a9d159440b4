import ical, { ICalCalendarMethod } from 'ical-generator'
import { parsePartialDate } from '../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../cms/locales'
import { settings } from '../../../shared/settings'
import { field, titleOf } from './doc'
import type { DocEntry } from './siteIndex'

/** A day (year, month, day), or an instant in UTC to the minute (year, month, day, hours, minutes). */
export type CalendarTime = [number, number, number] | [number, number, number, number, number]

/** One event of a calendar: all-day when `start` and `end` are days (`end` exclusive, as DTEND is). */
export interface CalendarEvent {
  uid: string
  title: string
  description?: string
  location?: string
  url: string
  /** When the event was last revised (DTSTAMP), in milliseconds since 1970. */
  timestamp?: number
  start: CalendarTime
  end: CalendarTime
}

/**
 * An iCalendar event for a document of the events collection, or null when its date is not known to
 * the day (a calendar entry needs a day; we never invent one). Without a time it is an all-day event.
 */
export function eventAttributes(entry: DocEntry<'events'>, locale: LocaleCode, url: string): CalendarEvent | null {
  const d = entry.doc
  const start = parsePartialDate(d.startDate ?? '')
  if ('error' in start || start.precision !== 'day') return null
  const end = d.endDate ? parsePartialDate(d.endDate) : null
  const endDay = end && !('error' in end) && end.precision === 'day' ? end : start
  const common = {
    uid: `event-${entry.id}@baltic-clusters`,
    title: titleOf(entry, locale),
    description: field(entry, 'summary', locale),
    location: field(entry, 'place', locale),
    url,
    // DTSTAMP: when the event was last revised in the CMS, not when the file was written, so the same
    // content always gives the same file (and incremental updates match full builds byte for byte)
    ...(d.updatedAt ? { timestamp: new Date(d.updatedAt).getTime() } : {}),
  }
  if (d.startTime) {
    // times are wall-clock times in the event's own zone; calendars get the exact instant in UTC
    const zone = d.timeZone || settings.timeZone
    const [h, m] = d.startTime.split(':').map(Number)
    const [eh, em] = (d.endTime || d.startTime).split(':').map(Number)
    return {
      ...common,
      start: utcParts(zonedToUtc(start.year, start.month!, start.day!, h, m, zone)),
      end: utcParts(zonedToUtc(endDay.year, endDay.month!, endDay.day!, eh, em, zone)),
    }
  }
  // all-day events end on the day after (iCalendar's DTEND is exclusive)
  const after = new Date(Date.UTC(endDay.year, endDay.month! - 1, endDay.day! + 1))
  return {
    ...common,
    start: [start.year, start.month!, start.day!],
    end: [after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()],
  }
}

/**
 * An .ics calendar (published, so calendar apps subscribe to it rather than import it as an
 * invitation); throws naming the event and the time when one is not a real date. ical-generator
 * rather than ics: ics validated every event through yup, 0.7 ms each, which made calendars about a
 * tenth of a 10,000-document build (1,500 events in four locales, each in its feed and its own file).
 */
export function calendar(events: CalendarEvent[], name: string): string {
  const cal = ical({
    name,
    prodId: { company: 'baltic-clusters', product: 'site', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const event of events) {
    const start = utcDate(event, 'start')
    cal.createEvent({
      id: event.uid,
      summary: event.title,
      description: event.description || null,
      location: event.location || null,
      url: event.url,
      // with no revision time, the start: a file written twice from the same content stays the same
      stamp: event.timestamp === undefined ? start : new Date(event.timestamp),
      start,
      end: utcDate(event, 'end'),
      allDay: event.start.length === 3,
    })
  }
  return cal.toString()
}

/** A calendar time as a Date, checked: month 13 or 30 February is refused, not rolled over. */
function utcDate(event: CalendarEvent, which: 'start' | 'end'): Date {
  const [year, month, day, hours = 0, minutes = 0] = event[which]
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes))
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hours &&
    date.getUTCMinutes() === minutes
  if (!real) throw new Error(`event ${event.uid}: ${which} ${event[which].join('-')} is not a real date and time`)
  return date
}

/** The UTC instant of a wall-clock time in an IANA time zone (DST included). */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  let instant = wall
  // two rounds settle the offset even across a DST change
  for (let i = 0; i < 2; i++) instant = wall - offsetAt(instant, zone)
  return new Date(instant)
}

/** One formatter per time zone, kept: making one costs far more than using it. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/** How far a time zone is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  let format = zoneFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    zoneFormats.set(zone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]))
  return (
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
    Math.floor(instant / 1000) * 1000
  )
}

function utcParts(date: Date): CalendarTime {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]
}
