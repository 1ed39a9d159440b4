import type { LocaleCode } from '../../../cms/locales'
import { type LocaleMap, pick } from '../i18n/fallback'
import { titleFields } from '../i18n/sections'
import type { DocEntry } from './siteIndex'

/** A localized field of a document as the given locale's page shows it (with fallback). */
export function field<T = string>(entry: DocEntry, name: string, locale: LocaleCode): T | undefined {
  return pick(entry.doc[name] as LocaleMap<T>, entry.variants[locale], entry.sourceLocale)
}

/** A document's title on the given locale's page. */
export function titleOf(entry: DocEntry, locale: LocaleCode): string {
  return field(entry, titleFields[entry.section], locale) ?? String(entry.id)
}

/** A localized value inside an array row, following the page's fallback. */
export function rowText(
  row: Record<string, unknown>,
  name: string,
  entry: DocEntry,
  locale: LocaleCode,
): string | undefined {
  return pick(row[name] as LocaleMap, entry.variants[locale], entry.sourceLocale)
}
