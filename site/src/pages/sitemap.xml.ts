/**
 * sitemap.xml: every indexable page (translated documents, homes, every page of every list and its
 * filters, search, site map) with its language alternates. Fallback pages are noindex and stay out
 * (docs/ARCHITECTURE.md, "Locales and fallback").
 */
import type { APIRoute } from 'astro'
import { SitemapStream, streamToPromise } from 'sitemap'
import { defaultLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import { homePath, sectionPath } from '../i18n/paths'
import { contentSections } from '../i18n/sections'
import { listPageIn, listPages } from '../lib/listPages'
import { loadSiteIndex } from '../lib/loadSiteIndex'

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSiteIndex()
  const stream = new SitemapStream({ hostname: site!.toString(), xslUrl: undefined })
  const shared = [homePath, ...(['search', 'site-map'] as const).map((s) => (l: LocaleCode) => sectionPath(l, s))]
  // every list page has its counterpart in every locale (the same filter and page number)
  for (const section of contentSections) {
    const pagesIn = Object.fromEntries(localeCodes.map((l) => [l, listPages(index, section, l)]))
    for (const page of pagesIn[defaultLocale]) {
      shared.push((l: LocaleCode) => listPageIn(pagesIn[l], page)?.path ?? sectionPath(l, section))
    }
  }
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
