import type { LocaleCode } from '../../../../cms/locales'
import { titleOf } from '../doc'
import type { SiteIndex } from '../siteIndex'

/**
 * A schema.org Organization naming an organisation's page, for the JSON-LD of documents that refer to
 * it; undefined when the reference leads to no published organisation.
 */
export function organizationRef(
  index: SiteIndex,
  id: unknown,
  locale: LocaleCode,
  url: (path: string) => string,
): { '@type': 'Organization'; name: string; url: string } | undefined {
  const org = index.get('organizations', id)
  return org ? { '@type': 'Organization', name: titleOf(org, locale), url: url(org.variants[locale].path) } : undefined
}
