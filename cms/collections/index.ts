import type { CollectionConfig } from 'payload'
import type { ContentSlug } from '../../shared/contentTypes'
import { Clusters } from './Clusters'
import { Events } from './Events'
import { FundingProjects } from './FundingProjects'
import { Media } from './Media'
import { Organizations } from './Organizations'
import { PolicyDocuments } from './PolicyDocuments'
import { ReviewComments } from './ReviewComments'
import { Routes } from './Routes'
import { SiteUpdates } from './SiteUpdates'
import { SourceTexts } from './SourceTexts'
import { Users } from './Users'

/**
 * The Payload collection of every content type (shared/contentTypes). Typed by slug, so a content type
 * without its collection does not compile; listed in the admin's navigation order.
 */
export const contentCollections: Record<ContentSlug, CollectionConfig> = {
  organizations: Organizations,
  clusters: Clusters,
  'funding-projects': FundingProjects,
  routes: Routes,
  'policy-documents': PolicyDocuments,
  events: Events,
}

/** Every collection of the portal, as the Payload config lists them: content first, then the rest. */
export const portalCollections: CollectionConfig[] = [
  ...Object.values(contentCollections),
  Media,
  Users,
  SiteUpdates,
  ReviewComments,
  SourceTexts,
]
