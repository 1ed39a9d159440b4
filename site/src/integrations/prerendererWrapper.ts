import type { AstroIntegration, AstroPrerenderer } from 'astro'
import type { Plugin } from 'vite'

/** Astro's default prerenderer, with the build app it sets up (the parts of it used here). */
export type PrerendererWithApp = AstroPrerenderer & {
  app: {
    // biome-ignore lint/suspicious/noExplicitAny: Astro's build options are internal and untyped here
    getOptions(): any
  }
}

/**
 * An integration that, when `active` in an `astro build`, hands Astro's own prerenderer to `wrap` and
 * generates the pages through what it returns (the adapter API's setPrerenderer). Used by the kept
 * renderer (keptRenderer.ts) and, in every other build, by the link-preview images' links
 * (ogImageLinks.ts).
 */
export function wrappingPrerenderer(
  name: string,
  active: boolean,
  wrap: (astro: PrerendererWithApp) => AstroPrerenderer,
): AstroIntegration {
  let setPrerenderer: ((prerenderer: (astro: AstroPrerenderer) => AstroPrerenderer) => void) | undefined
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || !active) return
        // Astro leaves its own prerender bundle out when a prerenderer is set before bundling, so the
        // wrapper is set after bundling: by this Vite plugin, whose step runs before Astro's page
        // generation in the same (post) phase of the build
        const plugin: Plugin = {
          name,
          enforce: 'post',
          buildApp: {
            order: 'post',
            handler: async () => {
              setPrerenderer?.((astro) => wrap(astro as PrerendererWithApp))
            },
          },
        }
        updateConfig({ vite: { plugins: [plugin] } })
      },
      'astro:build:start': (options) => {
        if (active) setPrerenderer = options.setPrerenderer
      },
    },
  }
}

/** A path Astro's prerenderer lists, with the route that renders it. */
export type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]

/**
 * Each path once, as Astro's own page generation takes them: the first route to list a path (with or
 * without its trailing slash) renders it, in the order listed.
 */
export function eachPathOnce(paths: PathWithRoute[]): PathWithRoute[] {
  const seen = new Set<string>()
  return paths.filter(({ pathname }) => {
    const key = pathname.replace(/\/$/, '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
