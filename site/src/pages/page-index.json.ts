/**
 * Where every published document lives on the site, per locale: the CMS reads it to link an editor
 * from a document to its live pages. Keyed "<collection>:<id>".
 */
import type { APIRoute } from 'astro'
import { sectionCollections } from '../i18n/sections'
import { loadSiteIndex } from '../lib/loadSiteIndex'

export const GET: APIRoute = async () => {
  const index = await loadSiteIndex()
  const pages = Object.fromEntries(
    index.entries.map((entry) => [
      `${sectionCollections[entry.section]}:${entry.id}`,
      {
        paths: Object.fromEntries(Object.entries(entry.variants).map(([locale, v]) => [locale, v.path])),
        translated: entry.translated,
        updatedAt: entry.doc.updatedAt,
      },
    ]),
  )
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } })
}
