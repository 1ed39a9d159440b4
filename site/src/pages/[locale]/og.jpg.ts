/** The link-preview image of a locale's home page: /en/og.jpg. */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '../../../../cms/locales'
import { useTranslations } from '../../i18n/translations'
import { pageOgCard } from '../../lib/og/ogCards'
import { ogImageResponse } from '../../lib/og/ogImage'
import { contentFree, localeParams } from '../../lib/staticPaths'

export function getStaticPaths() {
  return contentFree(localeParams())
}

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: LocaleCode }
  const t = useTranslations(locale)
  return ogImageResponse(pageOgCard(t('home.title'), t('site.name'), locale))
}
