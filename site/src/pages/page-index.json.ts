/** The site's page index (shared/formats/pageIndex.ts): every published document's pages. */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '../../../cms/locales'
import { documentKey } from '../../../shared/formats/documentKey'
import type { PageIndex, PageIndexEntry } from '../../../shared/formats/pageIndex'
import { loadSiteIndex } from '../lib/loadSiteIndex'

export const GET: APIRoute = async () => {
  const index = await loadSiteIndex()
  const pages: PageIndex = Object.fromEntries(
    index.entries.map((entry): [string, PageIndexEntry] => [
      documentKey(entry.section, entry.id),
      {
        paths: Object.fromEntries(Object.entries(entry.variants).map(([locale, v]) => [locale, v.path])) as Record<
          LocaleCode,
          string
        >,
        translated: entry.translated,
        updatedAt: entry.doc.updatedAt,
      },
    ]),
  )
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } })
}
