import { earliestDay } from '../../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../../cms/locales'
import { type DateText, formatCountry, partialDateText } from '../../i18n/format'
import { field, rowText } from '../doc'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { present, type TypeCard } from './card'
import { eventsInOrder } from './events'
import { organizationRef, type TypeJsonLd } from './schemaOrg'

/** One dated activity of a cluster's timeline. */
export interface TimelineItem {
  date: DateText
  title?: string
  description?: string
}

/** What a cluster's page shows below its summary, ready to render. */
export interface ClusterView {
  acronym?: string
  sector?: string
  region?: string
  /** The country's name in the reader's language. */
  country?: string
  /** The country as stored (ISO alpha-2), for the locator map. */
  countryCode?: string
  founded?: DateText
  coordinator?: DocEntry<'organizations'>
  supporters: DocEntry<'organizations'>[]
  goals: (string | undefined)[]
  /** Oldest first; activities on the same date keep the editor's order. */
  timeline: TimelineItem[]
  projects: DocEntry<'funding-projects'>[]
  events: DocEntry<'events'>[]
}

/** The cluster page's content in one locale. */
export function clusterView(entry: DocEntry<'clusters'>, index: SiteIndex, locale: LocaleCode): ClusterView {
  const d = entry.doc
  const timeline = (d.timeline ?? [])
    .map((row, position) => ({ row, position }))
    // a year or month sorts by its first day, so "2009" comes before "2009-06"
    .sort((a, b) => earliestDay(a.row.date).localeCompare(earliestDay(b.row.date)) || a.position - b.position)
    .map(({ row }) => ({
      date: partialDateText(row.date, locale),
      title: rowText(row, 'title', entry, locale),
      description: rowText(row, 'description', entry, locale),
    }))
  return {
    acronym: d.acronym || undefined,
    sector: field(entry, 'sector', locale),
    region: field(entry, 'region', locale),
    country: d.country ? formatCountry(d.country, locale) : undefined,
    countryCode: d.country || undefined,
    founded: d.foundedOn ? partialDateText(d.foundedOn, locale) : undefined,
    coordinator: index.get('organizations', d.coordinator),
    supporters: index.getAll('organizations', d.supportingOrganizations),
    goals: (d.goals ?? []).map((row) => rowText(row, 'goal', entry, locale)),
    timeline,
    projects: index.referencing('funding-projects', 'cluster', entry),
    events: eventsInOrder(index.referencing('events', 'cluster', entry)),
  }
}

/** The schema.org properties particular to a cluster's page (JSON-LD), beside the common ones. */
export const clusterJsonLd: TypeJsonLd<'clusters'> = (entry, index, locale, url) => {
  const d = entry.doc
  const coordinator = index.get('organizations', d.coordinator)
  return {
    '@type': 'Organization',
    additionalType: 'https://en.wikipedia.org/wiki/Business_cluster',
    ...(d.foundedOn ? { foundingDate: d.foundedOn } : {}),
    ...(d.country
      ? {
          address: {
            '@type': 'PostalAddress',
            addressCountry: d.country,
            addressRegion: field(entry, 'region', locale),
          },
        }
      : {}),
    ...(coordinator ? { parentOrganization: organizationRef(coordinator, locale, url) } : {}),
    // named supporters that are all unpublished still give an empty list, as they always have
    ...(d.supportingOrganizations?.length
      ? {
          sponsor: index
            .getAll('organizations', d.supportingOrganizations)
            .map((org) => organizationRef(org, locale, url)),
        }
      : {}),
  }
}

/** A cluster's card: its sector and region. */
export const clusterCard: TypeCard<'clusters'> = (entry, locale) => ({
  facts: present(field(entry, 'sector', locale), field(entry, 'region', locale)),
})
