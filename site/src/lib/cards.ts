import type { LocaleCode } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { buildDate } from './buildDate'
import type { DocEntry } from './siteIndex'
import type { CardFacts, TypeCard } from './views/card'
import { clusterCard } from './views/clusters'
import { eventCard } from './views/events'
import { fundingProjectCard } from './views/fundingProjects'
import { organizationCard } from './views/organizations'
import { policyDocumentCard } from './views/policyDocuments'
import { routeCard } from './views/routes'

/** Each content type's card facts, typed slug by slug so a content type without them does not compile. */
const typeCards: { [Slug in ContentSlug]: TypeCard<Slug> } = {
  clusters: clusterCard,
  'funding-projects': fundingProjectCard,
  routes: routeCard,
  'policy-documents': policyDocumentCard,
  organizations: organizationCard,
  events: eventCard,
}

/** What a document's card shows under its title, in the reader's locale, on the build's date. */
export function cardFacts(entry: DocEntry, locale: LocaleCode, today: string = buildDate): CardFacts {
  // the table is typed slug by slug, so the entry meets its own type's function
  return (typeCards[entry.section] as TypeCard<ContentSlug>)(entry, locale, today)
}
