/** One event as an .ics file, next to its page: /en/events/<slug>.ics (events dated to the day). */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '../../../../../cms/locales'
import { calendar, eventAttributes } from '../../../lib/ics'
import { loadSiteIndex } from '../../../lib/loadSiteIndex'
import { documentPageParams } from '../../../lib/staticPaths'

export async function getStaticPaths() {
  const index = await loadSiteIndex()
  return documentPageParams(index, 'events').filter(
    ({ props }) => eventAttributes(index.get('events', props.id)!, props.locale, '') !== null,
  )
}

export const GET: APIRoute = async ({ props, site }) => {
  const { id, locale } = props as { id: string; locale: LocaleCode }
  const entry = (await loadSiteIndex()).get('events', id)!
  const event = eventAttributes(entry, locale, new URL(entry.variants[locale].path, site).toString())!
  return new Response(calendar([event], event.title), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
