import type { ContentSlug } from '../../../../shared/contentTypes'
import ClusterBody from './ClusterBody.astro'
import EventBody from './EventBody.astro'
import FundingProjectBody from './FundingProjectBody.astro'
import OrganizationBody from './OrganizationBody.astro'
import PolicyDocumentBody from './PolicyDocumentBody.astro'
import RouteBody from './RouteBody.astro'

/**
 * The part of a document's page that is particular to its content type, between the summary and the
 * body text (components/DocumentPage.astro renders the rest). Each takes { entry, index, locale }.
 */
export const pageBodies: Record<ContentSlug, typeof ClusterBody> = {
  clusters: ClusterBody,
  'funding-projects': FundingProjectBody,
  routes: RouteBody,
  'policy-documents': PolicyDocumentBody,
  organizations: OrganizationBody,
  events: EventBody,
}
