import { earliestDay, latestDay } from '../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../cms/locales'
import type { LocaleMap } from '../../../shared/localized'
import { field, titleOf } from './doc'
import type { DocEntry, SiteIndex } from './siteIndex'
import type { CmsData } from './untyped'

/** schema.org JSON-LD describing a document's page, typed to fit its section. */
export function jsonLdFor(
  entry: DocEntry,
  index: SiteIndex,
  locale: LocaleCode,
  url: (path: string) => string,
): Record<string, unknown> {
  const d = entry.doc as CmsData
  const orgRef = (id: unknown) => {
    const org = index.get('organizations', id)
    return org
      ? { '@type': 'Organization', name: titleOf(org, locale), url: url(org.variants[locale].path) }
      : undefined
  }
  const base = {
    '@context': 'https://schema.org',
    name: titleOf(entry, locale),
    url: url(entry.variants[locale].path),
    inLanguage: entry.variants[locale].contentLocale,
    ...(field(entry, 'summary', locale) ? { description: field(entry, 'summary', locale) } : {}),
  }
  switch (entry.section) {
    case 'organizations':
      return {
        ...base,
        '@type': 'Organization',
        ...(d.officialName ? { legalName: d.officialName } : {}),
        ...(d.acronym ? { alternateName: d.acronym } : {}),
        ...(d.country ? { address: { '@type': 'PostalAddress', addressCountry: d.country } } : {}),
        ...(d.website ? { sameAs: d.website } : {}),
        ...(d.parent ? { parentOrganization: orgRef(d.parent) } : {}),
      }
    case 'clusters':
      return {
        ...base,
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
        ...(d.coordinator ? { parentOrganization: orgRef(d.coordinator) } : {}),
        ...((d.supportingOrganizations ?? []).length
          ? { sponsor: d.supportingOrganizations.map(orgRef).filter(Boolean) }
          : {}),
      }
    case 'funding-projects':
      return {
        ...base,
        '@type': 'Project',
        ...(d.periodStart ? { foundingDate: d.periodStart } : {}),
        ...(d.periodEnd ? { dissolutionDate: d.periodEnd } : {}),
        member: (d.partners ?? []).map((p: CmsData) => orgRef(p.organization)).filter(Boolean),
        ...(d.totalBudget
          ? {
              funding: {
                '@type': 'MonetaryGrant',
                amount: {
                  '@type': 'MonetaryAmount',
                  value: d.euContribution ?? d.totalBudget,
                  currency: d.currency ?? 'EUR',
                },
                ...(field(entry, 'programme', locale) ? { name: field(entry, 'programme', locale) } : {}),
              },
            }
          : {}),
      }
    case 'routes':
      return {
        ...base,
        '@type': 'TouristTrip',
        ...(field(entry, 'theme', locale) ? { touristType: field(entry, 'theme', locale) } : {}),
        itinerary: {
          '@type': 'ItemList',
          itemListElement: ((d.stops ?? []) as Record<string, unknown>[]).map((s, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            item: {
              '@type': 'Place',
              name: Object.values((s.name as LocaleMap) ?? {}).find(Boolean),
              ...(typeof s.latitude === 'number'
                ? { geo: { '@type': 'GeoCoordinates', latitude: s.latitude, longitude: s.longitude } }
                : {}),
            },
          })),
        },
      }
    case 'policy-documents':
      return {
        ...base,
        '@type': d.documentType === 'resolution' || d.documentType === 'regulation' ? 'Legislation' : 'CreativeWork',
        ...(d.adoptedOn ? { datePublished: d.adoptedOn } : {}),
        ...(d.reference ? { legislationIdentifier: d.reference } : {}),
        ...(d.issuer ? { publisher: orgRef(d.issuer) } : {}),
        ...(d.validFrom
          ? { temporalCoverage: `${earliestDay(d.validFrom)}/${d.validUntil ? latestDay(d.validUntil) : '..'}` }
          : {}),
      }
    case 'events':
      return {
        ...base,
        '@type': 'Event',
        startDate: d.startTime ? `${d.startDate}T${d.startTime}` : d.startDate,
        ...(d.endDate ? { endDate: d.endTime ? `${d.endDate}T${d.endTime}` : d.endDate } : {}),
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        ...(field(entry, 'place', locale)
          ? { location: { '@type': 'Place', name: field(entry, 'place', locale) } }
          : {}),
        ...(d.organizer ? { organizer: orgRef(d.organizer) } : {}),
      }
  }
}
