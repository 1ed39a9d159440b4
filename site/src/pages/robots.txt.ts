/** robots.txt: everything may be crawled except draft previews; the sitemap is announced. */
import type { APIRoute } from 'astro'

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /*/preview/\n\nSitemap: ${new URL('/sitemap.xml', site).toString()}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  )
