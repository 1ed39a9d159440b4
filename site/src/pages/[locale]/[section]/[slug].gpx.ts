/** A route's GPX file, next to its page: /en/routes/<slug>.gpx. Only routes with a line or coordinates have one. */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '../../../../../cms/locales'
import { routeGpx } from '../../../lib/gpx'
import { loadSiteIndex } from '../../../lib/loadSiteIndex'
import { documentPageParams } from '../../../lib/staticPaths'
import { hasGpx } from '../../../lib/views/routes'

export async function getStaticPaths() {
  const index = await loadSiteIndex()
  return documentPageParams(index, 'routes').filter(({ props }) => hasGpx(index.get('routes', props.id)!, props.locale))
}

export const GET: APIRoute = async ({ props, site }) => {
  const { id, locale } = props as { id: string; locale: LocaleCode }
  const entry = (await loadSiteIndex()).get('routes', id)!
  const body = routeGpx(entry, locale, new URL(entry.variants[locale].path, site).toString())
  return new Response(body, { headers: { 'Content-Type': 'application/gpx+xml; charset=utf-8' } })
}
