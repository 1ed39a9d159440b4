import type { LocaleCode } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { field, titleOf } from './doc'
import type { DocEntry, SiteIndex } from './siteIndex'
import { clusterJsonLd } from './views/clusters'
import { eventJsonLd } from './views/events'
import { fundingProjectJsonLd } from './views/fundingProjects'
import { organizationJsonLd } from './views/organizations'
import { policyDocumentJsonLd } from './views/policyDocuments'
import { routeJsonLd } from './views/routes'
import type { TypeJsonLd } from './views/schemaOrg'

/** Each content type's JSON-LD, typed slug by slug so a content type without one does not compile. */
const typeJsonLd: { [Slug in ContentSlug]: TypeJsonLd<Slug> } = {
  clusters: clusterJsonLd,
  'funding-projects': fundingProjectJsonLd,
  routes: routeJsonLd,
  'policy-documents': policyDocumentJsonLd,
  organizations: organizationJsonLd,
  events: eventJsonLd,
}

/**
 * schema.org JSON-LD describing a document's page: what every page says (name, address, language,
 * description), then what its content type adds (its @type first).
 */
export function jsonLdFor(
  entry: DocEntry,
  index: SiteIndex,
  locale: LocaleCode,
  url: (path: string) => string,
): Record<string, unknown> {
  const summary = field(entry, 'summary', locale)
  // the table is typed slug by slug, so the entry meets its own type's function
  const own = (typeJsonLd[entry.section] as TypeJsonLd<ContentSlug>)(entry, index, locale, url)
  return {
    '@context': 'https://schema.org',
    name: titleOf(entry, locale),
    url: url(entry.variants[locale].path),
    inLanguage: entry.variants[locale].contentLocale,
    ...(summary ? { description: summary } : {}),
    ...own,
  }
}
