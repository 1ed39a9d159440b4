import type { PayloadRequest } from 'payload'
import { documentTitle } from '../../lib/describeDocument'
import type { LocaleCode } from '../../locales'
import { translatableCollections } from '../translatableCollections'
import { type TranslationSourceChanges, translationSourceChanges } from './sourceChangesOf'

/** One outdated translation, with what changed in its source. */
export interface OutdatedTranslation {
  collection: string
  id: number | string
  locale: LocaleCode
  title: string
  changes: TranslationSourceChanges
}

/**
 * The outdated translations in `locales` that the user may read, newest change first, each with what
 * changed in its source since it was made, for the translations dashboard. At most `limit` are worked
 * out (each takes a few reads); `total` says how many there are.
 */
export async function outdatedTranslations(
  req: PayloadRequest,
  locales: LocaleCode[],
  limit: number,
): Promise<{ items: OutdatedTranslation[]; total: number }> {
  const found: Omit<OutdatedTranslation, 'changes'>[] = []
  let total = 0
  for (const config of translatableCollections(req.payload)) {
    for (const locale of locales) {
      const { docs, totalDocs } = await req.payload.find({
        collection: config.slug as never,
        where: { [`translation.${locale}.status`]: { equals: 'outdated' } },
        draft: true,
        depth: 0,
        limit,
        sort: '-updatedAt',
        locale: 'all',
        overrideAccess: false,
        user: req.user,
        req,
      })
      total += totalDocs
      for (const doc of docs as Record<string, unknown>[]) {
        found.push({
          collection: config.slug,
          id: doc.id as number,
          locale,
          // the title the translator knows: in the translation's language, else the source's
          title: documentTitle(config, doc, locale, doc.sourceLocale) || `#${String(doc.id)}`,
        })
      }
    }
  }
  const items: OutdatedTranslation[] = []
  for (const item of found.slice(0, limit)) {
    items.push({ ...item, changes: await translationSourceChanges(req, item) })
  }
  return { items, total }
}
