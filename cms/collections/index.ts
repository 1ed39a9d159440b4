import type { CollectionConfig } from 'payload'
import type { ContentSlug } from '../../shared/contentTypes'
import { Clusters } from './Clusters'
import { Events } from './Events'
import { FundingProjects } from './FundingProjects'
import { Organizations } from './Organizations'
import { PolicyDocuments } from './PolicyDocuments'
import { Routes } from './Routes'

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
