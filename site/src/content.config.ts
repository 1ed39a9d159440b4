import { defineCollection } from 'astro:content'
import { contentSlugs } from '../../shared/contentTypes'
import { cmsLoader, settingsLoader } from './lib/cmsLoader'

/**
 * Published CMS content: one Astro collection per content type, named by its slug
 * (shared/contentTypes), plus media and the site settings. lib/loadSiteIndex.ts turns them into the
 * site index the pages read.
 */
export const collections = {
  ...Object.fromEntries(contentSlugs.map((slug) => [slug, defineCollection({ loader: cmsLoader(slug) })])),
  media: defineCollection({ loader: cmsLoader('media') }),
  'site-settings': defineCollection({ loader: settingsLoader() }),
}
