/**
 * The sitemap's parts (lib/sitemaps.ts): every indexable page with its language alternates. The
 * "pages" part has the homes, every page of every list and its filters, search and the site map; each
 * section's parts, its translated documents, DOCUMENTS_PER_PART to a part. Fallback pages are noindex
 * and stay out (docs/ARCHITECTURE.md, "Locales and fallback").
 */
import type { APIRoute } from 'astro'
import { SitemapStream, streamToPromise } from 'sitemap'
import { defaultLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { homePath, sectionPath } from '../i18n/paths'
import { contentSections } from '../i18n/sections'
import { onlyLists } from '../lib/buildInput'
import { listPageIn, listPages } from '../lib/listPages'
import { loadSiteIndex } from '../lib/loadSiteIndex'
import type { DocEntry, SiteIndex } from '../lib/siteIndex'
import { type SitemapPart, sectionParts, sitemapPath } from '../lib/sitemaps'

export async function getStaticPaths() {
  const index = await loadSiteIndex()
  const parts: Props[] = [
    { part: 'pages' },
    ...contentSections.flatMap((section) => sectionParts(index, section).map(({ part }) => ({ part, section }))),
  ]
  // a site update renders the parts the plan names (scripts/lib/incrementalPlan.ts)
  const lists = onlyLists()
  return parts
    .filter(({ part }) => !lists || lists.has(sitemapPath(part)))
    .map((props) => ({ params: { part: props.part }, props }))
}

/** A part, and the section whose documents it lists (none for the pages part). */
type Props = { part: SitemapPart; section?: ContentSlug }

export const GET: APIRoute = async ({ props, site }) => {
  const { part, section } = props as Props
  const index = await loadSiteIndex()
  const stream = new SitemapStream({ hostname: site!.toString(), xslUrl: undefined })
  if (section) writeDocuments(stream, sectionParts(index, section).find((p) => p.part === part)?.entries ?? [])
  else writePages(stream, index)
  stream.end()
  const xml = (await streamToPromise(stream)).toString()
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

function writePages(stream: SitemapStream, index: SiteIndex): void {
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
}

function writeDocuments(stream: SitemapStream, entries: DocEntry[]): void {
  for (const entry of entries) {
    const links = entry.translated.map((lang) => ({ lang, url: entry.variants[lang].path }))
    for (const locale of entry.translated) {
      stream.write({ url: entry.variants[locale].path, lastmod: entry.doc.updatedAt as string, links })
    }
  }
}
