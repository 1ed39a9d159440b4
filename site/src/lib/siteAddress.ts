import { settings } from '../../../shared/settings'
import { KeptResults } from './keptResults'

/**
 * The full address of a page of the site (`path` from its root), as `new URL(path, site)` writes it.
 * Kept: a page's address is written on every page that links to it in full (its own canonical and
 * og:url, its translations' hreflang alternates, JSON-LD), and parsing it anew each time was 0.8 s of
 * a 96 s render profile at 10,000 documents. `site` is Astro's (`Astro.site`); without one, the
 * configured site address (SITE_URL).
 */
export function siteAddress(path: string, site: URL | undefined): string {
  const root = site ?? configuredSite
  return addresses.get(`${root.href}\u0000${path}`, () => new URL(path, root).toString())
}

/** The site address the settings give, read once. */
const configuredSite = new URL(settings.siteUrl)

/** More than the pages of 10,000 documents in four locales. */
const addresses = new KeptResults<string>(100_000)
