import type { SanitizedCollectionConfig } from 'payload'
import { defaultLocale } from '../locales'

/** A collection's name for one of its documents in messages: "organisation", "funding project", "media". */
export function singularLabel(collection: SanitizedCollectionConfig): string {
  const label = collection.labels?.singular
  const text =
    typeof label === 'string'
      ? label
      : label && typeof label === 'object'
        ? ((label as Record<string, string>)[defaultLocale] ?? Object.values(label)[0])
        : collection.slug
  return String(text).toLowerCase()
}

/**
 * A document as messages name it: its collection, its title (the field the admin shows as its title)
 * and its id, e.g. `the organisation “Baltic Bridge” (id 12)`.
 */
export function describeDocument(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const title = documentTitle(collection, doc)
  return `the ${singularLabel(collection)}${title ? ` “${title}”` : ''} (id ${doc.id})`
}

/** The text of the field the admin shows as a document's title, or '' when it has none. */
export function documentTitle(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const raw = doc[collection.admin?.useAsTitle ?? 'id']
  const title =
    raw && typeof raw === 'object'
      ? ((raw as Record<string, unknown>)[defaultLocale] ?? Object.values(raw).find(Boolean))
      : raw
  return typeof title === 'string' && title.trim() !== String(doc.id) ? title.trim() : ''
}
