import { defaultLocale, isLocaleCode, type LocaleCode, localeCodes } from '../../../cms/locales'
import { publishableStatuses, type TranslationStatus } from '../../../cms/translation/statuses'
import {
  type ContentDocument,
  type ContentSlug,
  contentSlugs,
  contentType,
  type MediaDocument,
  typeReferences,
} from '../../../shared/contentTypes'
import type { ContentSnapshot, SiteSettingsDocument } from '../../../shared/formats/contentSnapshot'
import type { LocaleMap } from '../../../shared/localized'
import { hasText, type LocaleVariant, resolveVariant } from '../i18n/fallback'
import { documentPath } from '../i18n/paths'

/** One locale's page of a document. */
export interface PageVariant extends LocaleVariant {
  path: string
  /** True when the page's own translation was made from an older source text (the page says so). */
  outdated: boolean
}

/** A published document and its page in every locale; `entry.section` tells which type `entry.doc` is. */
export type DocEntry<Slug extends ContentSlug = ContentSlug> = Slug extends ContentSlug ? EntryOf<Slug> : never

interface EntryOf<Slug extends ContentSlug> {
  /** The document's content type, which is also its site section. */
  section: Slug
  id: string
  doc: ContentDocument<Slug>
  sourceLocale: LocaleCode
  variants: Record<LocaleCode, PageVariant>
  /** Locales the document is translated into (its indexable pages). */
  translated: LocaleCode[]
  /** The document's picture (its `image`), when that is an uploaded image: its page, card and link preview show it. */
  picture?: MediaDocument
}

/** The published site: every document, its pages, and the relations between documents. */
export interface SiteIndex {
  entries: DocEntry[]
  get<Slug extends ContentSlug>(section: Slug, id: unknown): DocEntry<Slug> | undefined
  /** The published documents among `ids`, in their order; references that lead nowhere are left out. */
  getAll<Slug extends ContentSlug>(section: Slug, ids: readonly unknown[] | null | undefined): DocEntry<Slug>[]
  list<Slug extends ContentSlug>(section: Slug): DocEntry<Slug>[]
  /** Documents of `section` whose reference `field` (see shared/contentTypes) points at the given document. */
  referencing<Slug extends ContentSlug>(section: Slug, field: string, target: DocEntry): DocEntry<Slug>[]
  /**
   * Every document that refers to `target` through any reference of the content model, each once: by
   * content type in navigation order, then by reference field in the model's order.
   */
  referrers(target: DocEntry): DocEntry[]
  media: Map<string, MediaDocument>
  settings: SiteSettingsDocument | null
  /** References of published documents to documents that are not published; the pages leave them out. */
  missingReferences: MissingReference[]
}

/**
 * A published document's reference to a document that is not published (or no longer exists). The
 * CMS refuses to make one, but a race between two editors or a direct database change can still leave
 * one behind; the page then leaves that reference out (no name is known for it: the site reads ids
 * only) and the build goes on, with a warning naming the document and field.
 */
export interface MissingReference {
  section: ContentSlug
  id: string
  /** Where in the document, e.g. "partners[1].organization". */
  field: string
  /** The collection the reference points into, and the id it names. */
  target: { collection: string; id: string }
  /** One line for the build log. */
  message: string
}

/** The build log's warning about references the pages leave out, or '' when there are none. */
export function missingReferencesWarning(missing: MissingReference[]): string {
  if (missing.length === 0) return ''
  const count =
    missing.length === 1 ? 'A published document refers' : `Published documents refer ${missing.length} times`
  return `Warning: ${count} to a document that is not published; the pages leave ${missing.length === 1 ? 'that reference' : 'those references'} out (publish the document or remove the reference):\n  ${missing.map((m) => m.message).join('\n  ')}\n`
}

/** The ids a reference path (e.g. "partners[].organization") holds in a document, with where they sit. */
export function referencedIds(doc: ContentDocument, path: string): { at: string; id: string }[] {
  const [head, rest] = path.split('[]')
  const value = (doc as Record<string, unknown>)[head]
  if (rest === undefined) return value === null || value === undefined ? [] : [{ at: head, id: String(value) }]
  if (!Array.isArray(value)) return []
  return value.flatMap((item, i) => {
    const id = rest ? (item as Record<string, unknown>)?.[rest.slice(1)] : item
    return id === null || id === undefined ? [] : [{ at: `${head}[${i}]${rest}`, id: String(id) }]
  })
}

/** A document's title in every locale (its type's title field). */
export function titleMap(section: ContentSlug, doc: ContentDocument): LocaleMap {
  return ((doc as Record<string, unknown>)[contentType(section).titleField] ?? {}) as LocaleMap
}

/** A readable name for a document in messages. */
function describe(section: ContentSlug, doc: ContentDocument): string {
  const name = Object.values(titleMap(section, doc)).find(Boolean)
  return `${section} "${name ?? '?'}" (id ${doc.id})`
}

/**
 * Whether a document counts as translated into a locale: its translation state says so (source,
 * translated, reviewed or outdated; not missing or in progress) and it has a title there. A document
 * saved before the CMS tracked translation state has no state; its title alone decides.
 */
export function translatedBy(
  translation: Partial<Record<LocaleCode, { status?: TranslationStatus | null } | null>> | null | undefined,
  title: LocaleMap,
) {
  return (locale: LocaleCode): boolean => {
    if (!hasText(title, locale)) return false
    const status = translation?.[locale]?.status
    return status ? publishableStatuses.includes(status) : true
  }
}

/**
 * Builds the site's index from published content: decides each document's page in every locale
 * (translated, or the fallback of docs/ARCHITECTURE.md), gives every page a unique path, and lists the references
 * that point at no published document (see MissingReference; `get` answers undefined for them).
 */
export function buildSiteIndex(content: ContentSnapshot): SiteIndex {
  const entries: DocEntry[] = []
  const byKey = new Map<string, DocEntry>()
  const usedPaths = new Set<string>()

  for (const section of contentSlugs) {
    for (const doc of content.collections[section] as ContentDocument[]) {
      const sourceLocale = isLocaleCode(doc.sourceLocale) ? doc.sourceLocale : defaultLocale
      const title = titleMap(section, doc)
      const slugs = doc.slug ?? {}
      const isTranslated = translatedBy(doc.translation, title)
      const variants = {} as Record<LocaleCode, PageVariant>
      for (const locale of localeCodes) {
        const variant = resolveVariant(locale, sourceLocale, isTranslated)
        const slug = slugs[variant.contentLocale] || Object.values(slugs).find(Boolean) || String(doc.id)
        let path = documentPath(locale, section, slug)
        // a fallback page borrows another locale's slug, which may be taken in this locale
        for (let n = 2; usedPaths.has(path); n++)
          path = documentPath(locale, section, `${slug}-${doc.id}${n > 2 ? `-${n}` : ''}`)
        usedPaths.add(path)
        const outdated = variant.translated && doc.translation?.[locale]?.status === 'outdated'
        variants[locale] = { ...variant, path, outdated }
      }
      const entry = {
        section,
        id: String(doc.id),
        doc,
        sourceLocale,
        variants,
        translated: localeCodes.filter(isTranslated),
      } as DocEntry
      entries.push(entry)
      byKey.set(`${section}:${entry.id}`, entry)
    }
  }

  const media = new Map(content.collections.media.map((m) => [String(m.id), m]))
  for (const entry of entries) {
    const image = 'image' in entry.doc && entry.doc.image ? media.get(String(entry.doc.image)) : undefined
    if (image && String(image.mimeType ?? '').startsWith('image/')) entry.picture = image
  }
  const missingReferences: MissingReference[] = []
  for (const entry of entries) {
    for (const [path, target] of typeReferences(entry.section)) {
      for (const { at, id } of referencedIds(entry.doc, path)) {
        const found = target === 'media' ? media.has(id) : byKey.has(`${target}:${id}`)
        if (!found) {
          missingReferences.push({
            section: entry.section,
            id: entry.id,
            field: at,
            target: { collection: target, id },
            message: `${describe(entry.section, entry.doc)}: ${at} points to ${target} id ${id}, which does not exist or is not published`,
          })
        }
      }
    }
  }

  const bySection = new Map(contentSlugs.map((section) => [section, entries.filter((e) => e.section === section)]))
  // reverse references, one map per (section, field), made on first use: a page asking who refers to
  // its document must not scan every document (an organisation's page asks seven times, and at 10,000
  // documents those scans were a good part of the build)
  const reverse = new Map<string, Map<string, DocEntry[]>>()
  const referencingMap = (section: ContentSlug, field: string) => {
    const key = `${section}|${field}`
    let byTarget = reverse.get(key)
    if (!byTarget) {
      byTarget = new Map()
      for (const entry of bySection.get(section) ?? []) {
        for (const { id } of referencedIds(entry.doc, field)) {
          const referring = byTarget.get(id) ?? []
          // a document that names the same target twice is listed once
          if (referring.at(-1) !== entry) referring.push(entry)
          byTarget.set(id, referring)
        }
      }
      reverse.set(key, byTarget)
    }
    return byTarget
  }

  const get = <Slug extends ContentSlug>(section: Slug, id: unknown) =>
    id === null || id === undefined ? undefined : (byKey.get(`${section}:${String(id)}`) as DocEntry<Slug> | undefined)
  const referencing = <Slug extends ContentSlug>(section: Slug, field: string, target: DocEntry) =>
    [...(referencingMap(section, field).get(target.id) ?? [])] as DocEntry<Slug>[]

  return {
    entries,
    // the casts hold because entries are filed under their own section
    get,
    getAll: (section, ids) => (ids ?? []).flatMap((id) => get(section, id) ?? []),
    // fresh arrays: callers sort them in place
    list: <Slug extends ContentSlug>(section: Slug) => [...(bySection.get(section) ?? [])] as DocEntry<Slug>[],
    referencing,
    referrers: (target) => [
      ...new Set(
        contentSlugs.flatMap((section) =>
          typeReferences(section)
            .filter(([, to]) => to === target.section)
            .flatMap(([field]) => referencing(section, field, target)),
        ),
      ),
    ],
    media,
    settings: content.settings,
    missingReferences,
  }
}
