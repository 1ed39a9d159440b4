import type { Config } from '../../cms/payload-types'
import type { Localized, Shallow } from '../localized'
import { clusters } from './clusters'
import type { CollectionSlug, ContentType } from './contentType'
import { events } from './events'
import { fundingProjects } from './fundingProjects'
import { organizations } from './organizations'
import { policyDocuments } from './policyDocuments'
import { routes } from './routes'

/**
 * Every content type, in the site's navigation order: the one list the CMS config, the site's
 * content collections, sections, index and preview, the benchmark and the tests read.
 */
export const contentTypes = [clusters, fundingProjects, routes, policyDocuments, organizations, events] as const

type AnyContentType = (typeof contentTypes)[number]

/** A content type's slug: its collection, its section, its name in keys and URLs. */
export type ContentSlug = AnyContentType['slug']

/** Every content slug, in navigation order. */
export const contentSlugs: ContentSlug[] = contentTypes.map((type) => type.slug)

/** A document of a content type as the site reads it (depth 0, all locales). */
export type ContentDocument<Slug extends ContentSlug = ContentSlug> = Slug extends ContentSlug
  ? NonNullable<Extract<AnyContentType, { slug: Slug }>['document']>
  : never

/** A media document (images, attachments) as the site reads it: alt text and caption per locale. */
export type MediaDocument = Localized<Shallow<Config['collections']['media']>, 'alt' | 'caption'>

const bySlug = new Map<string, AnyContentType>(contentTypes.map((type) => [type.slug, type]))

/** The content type of a slug. */
export function contentType<Slug extends ContentSlug>(slug: Slug): Extract<AnyContentType, { slug: Slug }> {
  return bySlug.get(slug) as Extract<AnyContentType, { slug: Slug }>
}

/** True when `value` names a content type (e.g. a preview link's collection). */
export function isContentSlug(value: unknown): value is ContentSlug {
  return typeof value === 'string' && bySlug.has(value)
}

/** What a reference can point at: a content type's documents, or media. */
export type ReferenceTarget = ContentSlug | 'media'

/**
 * Each content type's references as [path, target] pairs, checked once when the module loads: the site
 * index and the incremental planner ask for them for every document of every build.
 */
const referencesBySlug = new Map(
  contentTypes.map((type) => [
    type.slug,
    Object.entries(type.references as Record<string, CollectionSlug>).map(
      ([path, target]): [string, ReferenceTarget] => {
        // a reference into users, site updates and such would not be a page's business
        if (target !== 'media' && !isContentSlug(target)) throw new Error(`${type.slug}.${path}: cannot show ${target}`)
        return [path, target]
      },
    ),
  ]),
)

/** The references of a content type as [path, target] pairs. */
export function typeReferences(slug: ContentSlug): [string, ReferenceTarget][] {
  return referencesBySlug.get(slug) ?? []
}

export type { CollectionSlug, ContentType }
