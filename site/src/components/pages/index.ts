import type { ContentSlug } from '../../../../shared/contentTypes'
import type { DocEntry } from '../../lib/siteIndex'
import ClusterBody from './ClusterBody.astro'
import EventBody from './EventBody.astro'
import FundingProjectBody from './FundingProjectBody.astro'
import OrganizationBody from './OrganizationBody.astro'
import PolicyDocumentBody from './PolicyDocumentBody.astro'
import type { PageBodyProps } from './pageBody'
import RouteBody from './RouteBody.astro'

/** The part of a page particular to a content type: an Astro component taking the document's entry. */
type PageBody<Slug extends ContentSlug> = (props: PageBodyProps<Slug>) => unknown

/**
 * Each content type's page body, rendered between the summary and the body text (DocumentPage.astro
 * renders the rest). Typed by slug, so a content type without its page body does not compile.
 */
const pageBodies: { [Slug in ContentSlug]: PageBody<Slug> } = {
  clusters: ClusterBody,
  'funding-projects': FundingProjectBody,
  routes: RouteBody,
  'policy-documents': PolicyDocumentBody,
  organizations: OrganizationBody,
  events: EventBody,
}

/**
 * The page body of an entry's type. TypeScript cannot pair a union of entries with a union of
 * components by itself; the table above is typed slug by slug, so the pairing holds.
 */
export function pageBodyOf(entry: DocEntry): PageBody<ContentSlug> {
  return pageBodies[entry.section] as PageBody<ContentSlug>
}
