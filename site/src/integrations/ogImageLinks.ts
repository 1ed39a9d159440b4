import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroPrerenderer } from 'astro'
import { OG_FILE_HEADER } from '../lib/og/ogImage'
import { inThisShard } from './buildShard'
import { type PathWithRoute, type PrerendererWithApp, wrappingPrerenderer } from './prerendererWrapper'

/**
 * Link-preview images in a build: each page's og.jpg is a hard link to the image's file in the cache
 * kept between builds (lib/og/ogImage.ts), not a copy Astro reads and writes again. At 1,000 documents
 * that was 3,746 images of about 50 KB, and a quarter of the whole build's time.
 *
 * This integration wraps Astro's prerenderer in a full build: the og.jpg paths are taken out of the
 * list Astro generates and linked here. The kept renderer (keptRenderer.ts) links the og.jpg paths of
 * each update the same way, with `linkOgImage`, and this integration stays out of its way.
 */
export function ogImageLinks({ keptRenderer }: { keptRenderer: boolean }): AstroIntegration {
  return wrappingPrerenderer('og-image-links', !keptRenderer, linkingOgImages)
}

/** How many images are linked at a time (a missing one is drawn first), as pages are rendered. */
const CONCURRENCY = 8

function linkingOgImages(astro: PrerendererWithApp): AstroPrerenderer {
  let images: PathWithRoute[] = []
  return {
    name: 'og-image-links',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    render: (request, options) => astro.render(request, options),
    async getStaticPaths() {
      // (a full build run as several side by side renders its own share of the pages: buildShard.ts)
      const paths = inThisShard(await astro.getStaticPaths())
      images = paths.filter(({ route }) => isOgImageRoute(route))
      return paths.filter(({ route }) => !isOgImageRoute(route))
    },
    // linked once the pages are written, into the folders Astro made for them
    async teardown() {
      const clientRoot = fileURLToPath(astro.app.getOptions().settings.config.build.client)
      let next = 0
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < images.length) {
            const { pathname, route } = images[next++]
            await linkOgImage(astro, pathname, route, clientRoot)
          }
        }),
      )
      await astro.teardown?.()
    },
  }
}

/** Whether a route is a link-preview image's (pages/**\/og.jpg.ts). */
export function isOgImageRoute(route: { component: string }): boolean {
  return route.component.endsWith('/og.jpg.ts')
}

/**
 * Renders one og.jpg path, which makes its image when the cache lacks it, and links the cached file
 * into `clientDir` at the path's place (copies it, when the cache is on another file system).
 */
export async function linkOgImage(
  astro: PrerendererWithApp,
  pathname: string,
  route: Parameters<AstroPrerenderer['render']>[1]['routeData'],
  clientDir: string,
): Promise<void> {
  const rendered = await astro.render(new Request(new URL(pathname, astro.app.getOptions().origin)), {
    routeData: route,
  })
  const response = rendered instanceof Response ? rendered : rendered.response
  const cached = response.headers.get(OG_FILE_HEADER)
  // the body is only read when served; the build needs none of it
  await response.body?.cancel()
  if (!response.ok || !cached) throw new Error(`${pathname}: no link-preview image (${response.status})`)
  const file = path.join(clientDir, pathname)
  try {
    placeFile(cached, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') mkdirSync(path.dirname(file), { recursive: true })
    else if (code === 'EEXIST') rmSync(file)
    else throw error
    placeFile(cached, file)
  }
}

/** A hard link to the cached file, or a copy of it when the cache is on another file system. */
function placeFile(cached: string, file: string): void {
  try {
    linkSync(cached, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    copyFileSync(cached, file)
  }
}
