import { writeFile } from 'node:fs/promises'
import { getAdapter } from '@astrojs/node'
import type { AstroIntegration } from 'astro'
import { staticHostHeadersFile } from '../../../cms/lib/securityHeaders'

/**
 * Security headers for the built site, from cms/lib/securityHeaders.ts: the node server runs
 * site/src/server/entrypoint.ts, which sets them on every response, instead of the adapter's own
 * entrypoint; and every build gets a `_headers` file (Netlify, Cloudflare Pages) beside its pages for
 * static hosts. Listed after @astrojs/node, whose adapter it keeps in every other respect.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          ...getAdapter({ staticHeaders: false }),
          serverEntrypoint: new URL('../server/entrypoint.ts', import.meta.url),
        })
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), staticHostHeadersFile())
      },
    },
  }
}
