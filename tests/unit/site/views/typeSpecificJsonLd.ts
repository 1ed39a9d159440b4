import type { LocaleCode } from '../../../../cms/locales'
import { jsonLdFor } from '../../../../site/src/lib/jsonLd'
import type { DocEntry, SiteIndex } from '../../../../site/src/lib/siteIndex'

/** The properties jsonLdFor gives every page before its section's own ones. */
const commonKeys = new Set(['@context', 'name', 'url', 'inLanguage', 'description'])

/** An absolute address on a made-up public site. */
export const url = (path: string) => new URL(path, 'https://example.eu').toString()

/**
 * The section-specific part of jsonLdFor's answer for a page, serialized as the page serializes it:
 * what a view module's JSON-LD function must produce byte for byte.
 */
export function typeSpecificJsonLd(entry: DocEntry, index: SiteIndex, locale: LocaleCode): string {
  const all = jsonLdFor(entry, index, locale, url)
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => !commonKeys.has(key))))
}
