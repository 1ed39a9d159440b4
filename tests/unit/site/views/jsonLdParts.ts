import type { LocaleCode } from '../../../../cms/locales'
import { jsonLdFor } from '../../../../site/src/lib/jsonLd'
import type { DocEntry, SiteIndex } from '../../../../site/src/lib/siteIndex'

/** The properties jsonLdFor gives every page, whatever its type; a type's own JSON-LD comes after them. */
const commonKeys = ['@context', 'name', 'url', 'inLanguage', 'description']

export const pageUrl = (path: string) => `https://example.org${path}`

/**
 * A page's JSON-LD as jsonLdFor makes it, and as the common properties followed by a type's own
 * (`own`) would serialize: equal strings mean the type's function is a byte-for-byte replacement.
 */
export function serializedBothWays(
  entry: DocEntry,
  index: SiteIndex,
  locale: LocaleCode,
  own: Record<string, unknown>,
): { jsonLdFor: string; common: string; commonAndOwn: string } {
  const full = jsonLdFor(entry, index, locale, pageUrl)
  const common = Object.fromEntries(Object.entries(full).filter(([key]) => commonKeys.includes(key)))
  return {
    jsonLdFor: JSON.stringify(full),
    common: JSON.stringify(common),
    commonAndOwn: JSON.stringify({ ...common, ...own }),
  }
}
