/** sitemap.xml: the index of the sitemap's parts (lib/sitemaps.ts), which robots.txt announces. */
import type { APIRoute } from 'astro'
import { SitemapIndexStream, streamToPromise } from 'sitemap'
import { loadSiteIndex } from '../lib/loadSiteIndex'
import { sitemapParts, sitemapPath } from '../lib/sitemaps'

export const GET: APIRoute = async ({ site }) => {
  const stream = new SitemapIndexStream({ xslUrl: undefined })
  for (const part of sitemapParts(await loadSiteIndex()))
    stream.write({ url: new URL(sitemapPath(part), site).toString() })
  stream.end()
  const xml = (await streamToPromise(stream)).toString()
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
