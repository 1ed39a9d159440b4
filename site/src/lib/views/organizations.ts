import type { LocaleCode } from '../../../../cms/locales'
import type { Organization } from '../../../../cms/payload-types'
import { formatCountry } from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { field } from '../doc'
import { filterValuePath } from '../listPages'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { type WebLink, webLink } from '../webLink'
import { present, type TypeCard } from './card'
import { organizationRef, type TypeJsonLd } from './schemaOrg'

/** A kind of organisation, as stored; the page names it through the `kind.<value>` string. */
export type OrganizationKind = NonNullable<Organization['kinds']>[number]

/** What an organisation's page shows below its summary, ready to render. */
export interface OrganizationView {
  /** The registered name, in the language it was written in (the document's source locale). */
  officialName?: string
  officialNameLang: LocaleCode
  acronym?: string
  /** The country's name in the reader's language. */
  country?: string
  /** The country as stored (ISO alpha-2), for the locator map. */
  countryCode?: string
  /** The list of organisations in the same country. */
  countryPath?: string
  city?: string
  kinds: OrganizationKind[]
  /** Each kind's list of organisations of that kind. */
  kindPaths: Partial<Record<OrganizationKind, string>>
  parent?: DocEntry<'organizations'>
  website?: WebLink
  /** Every published document that names the organisation, each once (see SiteIndex.referrers). */
  mentions: DocEntry[]
}

/** The organisation page's content in one locale. */
export function organizationView(
  entry: DocEntry<'organizations'>,
  index: SiteIndex,
  locale: LocaleCode,
): OrganizationView {
  const d = entry.doc
  return {
    officialName: d.officialName || undefined,
    officialNameLang: entry.sourceLocale,
    acronym: d.acronym || undefined,
    country: d.country ? formatCountry(d.country, locale) : undefined,
    countryCode: d.country || undefined,
    countryPath: d.country ? filterValuePath(index, 'organizations', 'country', d.country, locale) : undefined,
    city: field(entry, 'city', locale),
    kinds: d.kinds ?? [],
    kindPaths: Object.fromEntries(
      (d.kinds ?? []).map((kind) => [kind, filterValuePath(index, 'organizations', 'kind', kind, locale)]),
    ),
    parent: index.get('organizations', d.parent),
    // shown without the scheme: the link text is for reading, the href for following
    website: webLink(d.website),
    mentions: index.referrers(entry),
  }
}

/** The schema.org properties particular to an organisation's page (JSON-LD), beside the common ones. */
export const organizationJsonLd: TypeJsonLd<'organizations'> = (entry, index, locale, url) => {
  const d = entry.doc
  const parent = index.get('organizations', d.parent)
  return {
    '@type': 'Organization',
    ...(d.officialName ? { legalName: d.officialName } : {}),
    ...(d.acronym ? { alternateName: d.acronym } : {}),
    ...(d.country ? { address: { '@type': 'PostalAddress', addressCountry: d.country } } : {}),
    ...(d.website ? { sameAs: d.website } : {}),
    ...(parent ? { parentOrganization: organizationRef(parent, locale, url) } : {}),
  }
}

/** An organisation's card: its country, city and kinds. */
export const organizationCard: TypeCard<'organizations'> = (entry, locale) => {
  const d = entry.doc
  const t = useTranslations(locale)
  return {
    facts: present(
      d.country ? formatCountry(d.country, locale) : undefined,
      field(entry, 'city', locale),
      ...(d.kinds ?? []).map((kind) => t(`kind.${kind}`)),
    ),
  }
}
