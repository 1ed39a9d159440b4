import { createEvents, type EventAttributes } from 'ics'
import { parsePartialDate } from '../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../cms/locales'
import { settings } from '../../../shared/settings'
import { field, titleOf } from './doc'
import type { DocEntry } from './siteIndex'

/**
 * An iCalendar event for a document of the events collection, or null when its date is not known to
 * the day (a calendar entry needs a day; we never invent one). Without a time it is an all-day event.
 */
export function eventAttributes(entry: DocEntry<'events'>, locale: LocaleCode, url: string): EventAttributes | null {
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
    productId: 'baltic-clusters/ics',
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
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcParts(zonedToUtc(endDay.year, endDay.month!, endDay.day!, eh, em, zone)),
      endInputType: 'utc',
      endOutputType: 'utc',
    } as EventAttributes
  }
  // all-day events end on the day after (iCalendar's DTEND is exclusive)
  const after = new Date(Date.UTC(endDay.year, endDay.month! - 1, endDay.day! + 1))
  return {
    ...common,
    start: [start.year, start.month!, start.day!],
    end: [after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()],
  } as EventAttributes
}

/** An .ics calendar from event attributes; throws with the library's reason if one is invalid. */
export function calendar(events: EventAttributes[], name: string): string {
  const { error, value } = createEvents(events, { calName: name })
  if (error || !value) throw error ?? new Error('could not create the calendar')
  return value
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

function utcParts(date: Date): [number, number, number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]
}
