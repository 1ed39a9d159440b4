/** Each locale's calendar feed of all events dated to the day: /pl/wydarzenia.ics. */
import type { APIRoute } from 'astro'
import { type LocaleCode, localeCodes } from '../../../../cms/locales'
import { calendarPath } from '../../i18n/paths'
import { sectionSegment } from '../../i18n/sections'
import { useTranslations } from '../../i18n/translations'
import { onlyLists } from '../../lib/buildInput'
import { calendar, eventAttributes } from '../../lib/ics'
import { loadSiteIndex } from '../../lib/loadSiteIndex'

export function getStaticPaths() {
  // a site update renders the feeds only when the plan names them (an event, or what one shows, changed)
  const lists = onlyLists()
  return localeCodes
    .filter((locale) => !lists || lists.has(calendarPath(locale)))
    .map((locale) => ({
      params: { locale, section: sectionSegment('events', locale) },
      props: { locale },
    }))
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: LocaleCode }
  const index = await loadSiteIndex()
  const events = index
    .list('events')
    .map((entry) => eventAttributes(entry, locale, new URL(entry.variants[locale].path, site).toString()))
    .filter((e) => e !== null)
  const t = useTranslations(locale)
  return new Response(calendar(events, `${t('site.name')} · ${t('section.events')}`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
