import { defineCollection } from 'astro:content'
import { cmsLoader } from './lib/cmsLoader'

/** Published CMS content, one collection per CMS collection; see lib/siteIndex.ts for how pages use it. */
export const collections = {
  organizations: defineCollection({ loader: cmsLoader('organizations') }),
  clusters: defineCollection({ loader: cmsLoader('clusters') }),
  fundingProjects: defineCollection({ loader: cmsLoader('funding-projects') }),
  routes: defineCollection({ loader: cmsLoader('routes') }),
  policyDocuments: defineCollection({ loader: cmsLoader('policy-documents') }),
  events: defineCollection({ loader: cmsLoader('events') }),
  media: defineCollection({ loader: cmsLoader('media') }),
  siteSettings: defineCollection({ loader: cmsLoader('site-settings', 'global') }),
}
