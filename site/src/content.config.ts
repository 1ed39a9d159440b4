import { defineCollection } from 'astro:content'
import { contentSlugs } from '../../shared/contentTypes'
import { cmsLoader, settingsLoader } from './lib/cmsLoader'

/**
 * Published CMS content: one Astro collection per content type, named by its slug
 * (shared/contentTypes), plus media and the site settings. lib/loadSiteIndex.ts turns them into the
 * site index the pages read.
 *
 * Only `astro build` on its own and `astro dev` read the content through these collections. A build
 * the site updater (or the benchmark) runs is handed a content snapshot (SITE_CONTENT_FILE) that the
 * pages read themselves, and defines none: syncing eight empty ones through Vite slowed every such
 * build's start (`astro sync` with a 1,000-document snapshot: 1.6 s with them, 1.0 s without; the
 * types step of whole builds, alternating: 0.73–1.02 s with them, 0.72–0.75 s without). The code
 * reading them does not lean on the types Astro generates for them, which then name none.
 */
const readsContentLayer = !process.env.SITE_CONTENT_FILE

export const collections = readsContentLayer
  ? {
      ...Object.fromEntries(contentSlugs.map((slug) => [slug, defineCollection({ loader: cmsLoader(slug) })])),
      media: defineCollection({ loader: cmsLoader('media') }),
      'site-settings': defineCollection({ loader: settingsLoader() }),
    }
  : {}
