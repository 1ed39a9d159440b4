import { createEvents, type EventAttributes } from 'ics'
import { parsePartialDate } from '../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../cms/locales'
import type { CmsData } from './cmsClient'
import { field, titleOf } from './doc'
import type { DocEntry } from './siteIndex'

/**
 * An iCalendar event for a document of the events collection, or null when its date is not known to
 * the day (a calendar entry needs a day; we never invent one). Without a time it is an all-day event.
 */
export function eventAttributes(entry: DocEntry, locale: LocaleCode, url: string): EventAttributes | null {
  const d = entry.doc as CmsData
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
  }
  if (d.startTime) {
    const [h, m] = (d.startTime as string).split(':').map(Number)
    const [eh, em] = ((d.endTime as string) ?? d.startTime).split(':').map(Number)
    return {
      ...common,
      start: [start.year, start.month!, start.day!, h, m],
      startInputType: 'local',
      end: [endDay.year, endDay.month!, endDay.day!, eh, em],
      endInputType: 'local',
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
