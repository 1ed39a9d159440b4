import type { LocaleCode } from '../../../cms/locales'
import type { LocaleMap } from '../../../shared/localized'
import { pick } from '../i18n/fallback'
import { type DocEntry, titleMap } from './siteIndex'

/** The localized fields of a document type, by name: those whose values are locale maps. */
type LocalizedKey<Doc> = { [K in keyof Doc]-?: NonNullable<Doc[K]> extends LocaleMap<infer _> ? K : never }[keyof Doc]

/** The value type inside a localized field's locale map. */
type LocalizedValue<Doc, K extends keyof Doc> = NonNullable<Doc[K]> extends LocaleMap<infer V> ? V : never

/** A localized field of a document as the given locale's page shows it (with fallback). */
export function field<Entry extends DocEntry, K extends LocalizedKey<Entry['doc']>>(
  entry: Entry,
  name: K,
  locale: LocaleCode,
): LocalizedValue<Entry['doc'], K> | undefined {
  const map = (entry.doc as Record<K, unknown>)[name] as LocaleMap<LocalizedValue<Entry['doc'], K>> | null | undefined
  return pick(map ?? undefined, entry.variants[locale], entry.sourceLocale)
}

/** A document's title on the given locale's page. */
export function titleOf(entry: DocEntry, locale: LocaleCode): string {
  return pick(titleMap(entry.section, entry.doc), entry.variants[locale], entry.sourceLocale) ?? String(entry.id)
}

/** A localized value inside an array row, following the page's fallback. */
export function rowText<Row, K extends LocalizedKey<Row>>(
  row: Row,
  name: K,
  entry: DocEntry,
  locale: LocaleCode,
): LocalizedValue<Row, K> | undefined {
  const map = row[name] as LocaleMap<LocalizedValue<Row, K>> | null | undefined
  return pick(map ?? undefined, entry.variants[locale], entry.sourceLocale)
}
