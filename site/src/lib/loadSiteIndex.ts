import { getCollection } from 'astro:content'
import type { CmsDoc } from './cmsClient'
import { buildSiteIndex, type RawContent, type SiteIndex } from './siteIndex'

let cached: Promise<SiteIndex> | undefined
let raw: Promise<RawContent> | undefined

const data = async (name: Parameters<typeof getCollection>[0]) =>
  (await getCollection(name)).map((entry) => entry.data as CmsDoc)

/** The published content as the content layer loaded it from the CMS. */
export function loadRawContent(): Promise<RawContent> {
  raw ??= (async () => {
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
    return { organizations, clusters, projects, routes, policies, events, media, settings: settings[0] ?? null }
  })()
  return raw
}

/** The site index, built once per build from the published content. */
export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= loadRawContent().then((content) => buildSiteIndex(content))
  return cached
}
