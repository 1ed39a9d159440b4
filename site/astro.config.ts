import v8 from 'node:v8'
import node from '@astrojs/node'
import { defineConfig, sharpImageService } from 'astro/config'
import { defaultLocale, localeCodes } from '../cms/locales'
import { settings } from '../shared/settings'
import { buildShard, buildShardSync, shardCacheDir } from './src/integrations/buildShard'
import { keptRenderer, keptRendererActive } from './src/integrations/keptRenderer'
import { localeNotFound } from './src/integrations/localeNotFound'
import { ogImageLinks } from './src/integrations/ogImageLinks'
import { securityHeaders } from './src/integrations/securityHeaders'

const cmsUrl = new URL(settings.cmsUrl)

// A build's live JavaScript heap stays near 250 MB at 44,000 pages, but V8, sizing its next full
// collection by the machine's memory, let the heap fill to about 1 GB with rendered pages' garbage
// before collecting, and Node 24 keeps freed pages resident: the build peaked at 1.63 GB. Letting the
// heap grow by half between collections: 1.08 GB, 32 full collections instead of 9 (each about 20 ms).
v8.setFlagsFromString('--heap-growing-percent=50')

const shard = buildShard()

/**
 * The public site: static pages for every published document in every locale, plus one on-demand
 * route (draft preview) served by @astrojs/node. Locales come from cms/locales.ts like everything else.
 */
export default defineConfig({
  site: settings.siteUrl,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  // security headers on every response of the site server, and a _headers file for static hosts; the
  // kept renderer that site updates send their pages to (active only when the updater starts it); in
  // other builds, link-preview images linked from their cache rather than written again; a full
  // build's shards syncing their content one after another
  integrations: [
    securityHeaders(),
    localeNotFound(),
    keptRenderer(),
    ogImageLinks({ keptRenderer: keptRendererActive() }),
    buildShardSync(),
  ],
  trailingSlash: 'ignore',
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  image: {
    // AVIF at sharp's default effort took ~20x longer here for the same size
    service: sharpImageService({ avif: { effort: 2 } }),
    remotePatterns: [
      { protocol: cmsUrl.protocol.replace(':', '') as 'http' | 'https', hostname: cmsUrl.hostname, port: cmsUrl.port },
    ],
  },
  // builds go to a staging folder (scripts/lib/siteBuild/) that replaces site/dist only when complete
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // the shards of a full build run at the same time, each but the first with a cache of its own
  ...(shard && shard.index > 1 ? { cacheDir: shardCacheDir(shard.index) } : {}),
  // stylesheets as files, never inline <style>: the Content-Security-Policy allows no inline styles;
  // sixteen pages rendered at a time, so one page's render overlaps the others' file writes and image
  // encoding (4,474 pages: 27.3 s one at a time, 22.6 s four, 20.5 s eight, 20.1 s sixteen). With the
  // link-preview images kept between builds the render is the main thread's work, and it still waited
  // for file writes with eight in flight: 1.0 s of a 12 s profile, 0.5 s with sixteen
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  devToolbar: { enabled: false },
})
