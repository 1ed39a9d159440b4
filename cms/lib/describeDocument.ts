import type { SanitizedCollectionConfig } from 'payload'
import { type I18nLike, translate } from '../i18n/messages'
import { defaultLocale } from '../locales'

const english: I18nLike = { language: 'en' }

/**
 * A collection's name for one of its documents in messages, in the message's language and lower case
 * ("organisation", "organizacja"): the singular label every collection has in every admin language.
 */
export function singularLabel(collection: SanitizedCollectionConfig, i18n: I18nLike = english): string {
  const label = collection.labels?.singular
  const text =
    typeof label === 'string'
      ? label
      : label && typeof label === 'object'
        ? ((label as Record<string, string>)[i18n.language] ?? (label as Record<string, string>).en)
        : collection.slug
  return String(text).toLocaleLowerCase(i18n.language)
}

/**
 * A document as messages name it: its collection, its title (the field the admin shows as its title)
 * and its id, e.g. `the organisation “Baltic Bridge” (id 12)` in English, in the words of the
 * message's language (cms/i18n/messages, `document`).
 */
export function describeDocument(
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  i18n: I18nLike = english,
  ...preferred: unknown[]
): string {
  const title = documentTitle(collection, doc, ...preferred)
  const values = { type: singularLabel(collection, i18n), title, id: String(doc.id) }
  return translate(i18n, title ? 'document.titled' : 'document.untitled', values)
}

/**
 * The text of the field the admin shows as a document's title, or '' when it has none. From a read
 * with every locale (the title a map of locales), it is the first of the `preferred` locales that has
 * one, else the default locale's, else any.
 */
export function documentTitle(
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  ...preferred: unknown[]
): string {
  const raw = doc[collection.admin?.useAsTitle ?? 'id']
  const title = raw && typeof raw === 'object' ? inFirstLocale(raw as Record<string, unknown>, preferred) : raw
  return typeof title === 'string' && title.trim() !== String(doc.id) ? title.trim() : ''
}

function inFirstLocale(byLocale: Record<string, unknown>, preferred: unknown[]): unknown {
  const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''
  const locale = [...preferred, defaultLocale].find((code) => hasText(byLocale[String(code)]))
  return locale === undefined ? Object.values(byLocale).find(hasText) : byLocale[String(locale)]
}
