import { earliestDay, latestDay } from '../../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../../cms/locales'
import type { Event } from '../../../../cms/payload-types'
import { formatPartialDate } from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { buildDate } from '../buildDate'
import { field } from '../doc'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { present, type TypeCard } from './card'
import { organizationRef, type TypeJsonLd } from './schemaOrg'

/** What an event's page shows between its summary and its body text. */
export interface EventView {
  /** The start date as stored, for `datetime`. */
  startDate: string
  /** When, at the precision stored: "11 marca 2015", or the first and last day "… – …". */
  when: string
  /** The times as stored, "10:00" or "10:00 – 12:00", when a start time is known. */
  time: string | undefined
  place: string | undefined
  organizer: DocEntry<'organizations'> | undefined
  cluster: DocEntry<'clusters'> | undefined
  /** Over by the build date: the page says so and offers no calendar file. */
  past: boolean
  /**
   * The event's calendar file, offered only for an event still to come whose start day is known (a month
   * cannot be put in a calendar).
   */
  icsPath: string | undefined
}

/**
 * Whether an event was over by `today` (YYYY-MM-DD, the build's date): its last day, or the last day a
 * start given as a month or year can mean, is before it.
 */
export function isPastEvent(event: Pick<Event, 'startDate' | 'endDate'>, today: string = buildDate): boolean {
  return latestDay(event.endDate || event.startDate) < today
}

/** When, at the precision stored: "11 marca 2015", or the first and last day "… – …". */
function whenText(event: Pick<Event, 'startDate' | 'endDate'>, locale: LocaleCode): string {
  const lastDay = event.endDate && event.endDate !== event.startDate ? event.endDate : undefined
  return [event.startDate, lastDay].flatMap((date) => (date ? [formatPartialDate(date, locale)] : [])).join(' – ')
}

/** Document ids in numeric order ("2" before "10"), the tie-break of events on the same day. */
const idOrder = new Intl.Collator('en', { numeric: true })

/**
 * Events in the order a visitor looks for them, the same in every locale: those still to come, soonest
 * first, then those that are over, latest first. Each event's first day and state are worked out once,
 * not in every comparison: every site update orders all events again (at 1,500 events, comparing with a
 * date parsed twice per comparison took a fifth of the kept renderer's time).
 */
export function eventsInOrder(events: DocEntry<'events'>[], today: string = buildDate): DocEntry<'events'>[] {
  const keyed = events.map((entry) => ({
    entry,
    start: earliestDay(entry.doc.startDate),
    past: isPastEvent(entry.doc, today),
  }))
  type Keyed = (typeof keyed)[number]
  // days as YYYY-MM-DD order as strings do
  const byDay = (a: Keyed, b: Keyed) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)
  const byId = (a: Keyed, b: Keyed) => idOrder.compare(a.entry.id, b.entry.id)
  const upcoming = keyed.filter((e) => !e.past).sort((a, b) => byDay(a, b) || byId(a, b))
  const past = keyed.filter((e) => e.past).sort((a, b) => byDay(b, a) || byId(a, b))
  return [...upcoming, ...past].map(({ entry }) => entry)
}

/** An event's page: when (at its known precision), where, organiser, cluster, and an .ics download. */
export function eventView(
  entry: DocEntry<'events'>,
  index: SiteIndex,
  locale: LocaleCode,
  today: string = buildDate,
): EventView {
  const { doc } = entry
  const past = isPastEvent(doc, today)
  return {
    startDate: doc.startDate,
    when: whenText(doc, locale),
    time: doc.startTime ? `${doc.startTime}${doc.endTime ? ` – ${doc.endTime}` : ''}` : undefined,
    place: field(entry, 'place', locale),
    organizer: index.get('organizations', doc.organizer),
    cluster: index.get('clusters', doc.cluster),
    past,
    icsPath:
      !past && doc.startDate?.length === 10 ? `${entry.variants[locale].path.replace(/\/$/, '')}.ics` : undefined,
  }
}

/** The schema.org Event of an event's page: start and end (with times when known), place and organiser. */
export const eventJsonLd: TypeJsonLd<'events'> = (entry, index, locale, url) => {
  const { doc } = entry
  const publishedOrganizer = index.get('organizations', doc.organizer)
  const place = field(entry, 'place', locale)
  return {
    '@type': 'Event',
    startDate: doc.startTime ? `${doc.startDate}T${doc.startTime}` : doc.startDate,
    ...(doc.endDate ? { endDate: doc.endTime ? `${doc.endDate}T${doc.endTime}` : doc.endDate } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(place ? { location: { '@type': 'Place', name: place } } : {}),
    ...(publishedOrganizer ? { organizer: organizationRef(publishedOrganizer, locale, url) } : {}),
  }
}

/** An event's card: when and where, and a badge once it is over. */
export const eventCard: TypeCard<'events'> = (entry, locale, today) => {
  const { doc } = entry
  const t = useTranslations(locale)
  return {
    facts: present(whenText(doc, locale), field(entry, 'place', locale)),
    badge: isPastEvent(doc, today) ? t('event.past') : undefined,
  }
}
