import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { localeCodes } from '../../../cms/locales'
import { staticHostNotFoundRules } from '../server/localeNotFound'

/**
 * Every build gets a `_redirects` file (Netlify's format) that answers a missing page under a locale's
 * prefix with that locale's not-found page and status 404, as the site server does
 * (site/src/server/localeNotFound.ts). Hosts without that file need the equivalent rule; see
 * docs/ARCHITECTURE.md, "Serving the site".
 */
export function localeNotFound(): AstroIntegration {
  return {
    name: 'locale-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_redirects', dir), staticHostNotFoundRules(localeCodes))
      },
    },
  }
}
