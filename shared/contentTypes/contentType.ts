import type { LocaleCode } from '../../cms/locales'
import type { Config } from '../../cms/payload-types'
import type { Localized, Shallow } from '../localized'

/** A collection's slug in the CMS. */
export type CollectionSlug = keyof Config['collections']

/**
 * A reference a page follows, as the field's path in the document: "cluster", a list of references
 * "associatedPartners[]", or a field of array rows "partners[].organization".
 */
export type ReferencePath = `${string}` & {}

/** Fields every content collection has in all locales (cms/collections/shared/contentCollection.ts). */
export const sharedLocalizedFields = ['slug', 'summary', 'body'] as const

/**
 * One content type, from the database to the URL: the CMS collection, its pages on the site, and the
 * facts both sides need. The slug is the one name of the type everywhere: the collection, the Astro
 * content collection, the site section, page-index keys and preview links.
 */
export interface ContentType<Slug extends CollectionSlug = CollectionSlug, LocalizedPath extends string = string> {
  slug: Slug
  /** The field that titles a document (Payload's `useAsTitle`; the page's <h1>). */
  titleField: 'name' | 'title'
  /** The section's path segment in each locale, transliterated like slugs: /pl/klastry/, /lt/klasteriai/. */
  pathSegments: Record<LocaleCode, string>
  /**
   * Fields holding text per locale, besides `sharedLocalizedFields`, dotted inside arrays and groups
   * ("stops.name"). tests/unit/contentModel.test.ts checks them against the collection's fields.
   */
  localizedFields: readonly LocalizedPath[]
  /**
   * Every reference the type's documents make, and the collection it points into. Pages link them,
   * the site index leaves out the ones that lead nowhere, and incremental builds re-render the pages
   * on both ends. Checked against the collection's relationship fields by the same test.
   */
  references: Readonly<Record<ReferencePath, CollectionSlug>>
  /** The schema.org type its pages describe themselves as (JSON-LD). */
  schemaType: 'Organization' | 'Project' | 'TouristTrip' | 'CreativeWork' | 'Event'
  /** Whether editors can open a draft of it on the site's preview route. */
  previewable: boolean
  /** Phantom: the type of a document as the site reads it (never set at run time). */
  readonly document?: Localized<
    Shallow<Config['collections'][Slug]>,
    LocalizedPath | (typeof sharedLocalizedFields)[number]
  >
}

/** Declares a content type; `const` keeps the slug and field paths as literal types. */
export function defineContentType<const Slug extends CollectionSlug, const LocalizedPath extends string>(
  type: ContentType<Slug, LocalizedPath>,
): ContentType<Slug, LocalizedPath> {
  return type
}
