import type { LocaleCode } from '../../../../cms/locales'
import { titleOf } from '../doc'
import type { DocEntry } from '../siteIndex'

/** How JSON-LD names another organisation's page: its title and URL in the reader's locale. */
export interface OrganizationRef {
  '@type': 'Organization'
  name: string
  url: string
}

/** A schema.org reference to an organisation's page, for JSON-LD properties such as `sponsor` or `member`. */
export function organizationRef(
  org: DocEntry<'organizations'>,
  locale: LocaleCode,
  url: (path: string) => string,
): OrganizationRef {
  return { '@type': 'Organization', name: titleOf(org, locale), url: url(org.variants[locale].path) }
}

/** The properties a content type adds to its page's JSON-LD: its schema.org type first, then its own. */
export type JsonLdProperties = { '@type': string } & Record<string, unknown>
