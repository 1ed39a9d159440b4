/**
 * sitemap.xml: every indexable page (translated documents, homes, lists, search) with its language
 * alternates. Fallback pages are noindex and stay out (docs/ARCHITECTURE.md, "Locales and fallback").
 */
import type { APIRoute } from 'astro'
import { SitemapStream, streamToPromise } from 'sitemap'
import { defaultLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import { homePath, sectionPath } from '../i18n/paths'
import { sections } from '../i18n/sections'
import { loadSiteIndex } from '../lib/loadSiteIndex'

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSiteIndex()
  const stream = new SitemapStream({ hostname: site!.toString(), xslUrl: undefined })
  const shared = [homePath, ...sections.map((s) => (l: LocaleCode) => sectionPath(l, s))]
  for (const pathIn of shared) {
    const links = localeCodes.map((lang) => ({ lang, url: pathIn(lang) }))
    for (const locale of localeCodes)
      stream.write({ url: pathIn(locale), links: [...links, { lang: 'x-default', url: pathIn(defaultLocale) }] })
  }
  for (const entry of index.entries) {
    const links = entry.translated.map((lang) => ({ lang, url: entry.variants[lang].path }))
    for (const locale of entry.translated) {
      stream.write({ url: entry.variants[locale].path, lastmod: entry.doc.updatedAt as string, links })
    }
  }
  stream.end()
  const xml = (await streamToPromise(stream)).toString()
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
