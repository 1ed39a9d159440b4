import type { LocaleCode } from '../../../../cms/locales'
import type { ContentSlug } from '../../../../shared/contentTypes'
import { titleOf } from '../doc'
import type { DocEntry, SiteIndex } from '../siteIndex'

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

/** A content type's JSON-LD function: its document's page, the index, the reader's locale, absolute URLs. */
export type TypeJsonLd<Slug extends ContentSlug> = (
  entry: DocEntry<Slug>,
  index: SiteIndex,
  locale: LocaleCode,
  url: (path: string) => string,
) => Record<string, unknown>
