import { getCollection } from 'astro:content'
import type { CmsDoc } from './cmsClient'
import { buildSiteIndex, type SiteIndex } from './siteIndex'

let cached: Promise<SiteIndex> | undefined

const data = async (name: Parameters<typeof getCollection>[0]) =>
  (await getCollection(name)).map((entry) => entry.data as CmsDoc)

/** The site index built once per build from the content layer's CMS collections. */
export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= (async () => {
    const [organizations, clusters, projects, routes, policies, events, media, settings] = await Promise.all([
      data('organizations'),
      data('clusters'),
      data('fundingProjects'),
      data('routes'),
      data('policyDocuments'),
      data('events'),
      data('media'),
      data('siteSettings'),
    ])
    return buildSiteIndex({
      organizations,
      clusters,
      projects,
      routes,
      policies,
      events,
      media,
      settings: settings[0] ?? null,
    })
  })()
  return cached
}
