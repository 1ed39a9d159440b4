/** The link-preview image of a section's list (and of its filtered lists and later pages): /en/routes/og.jpg. */
import type { APIRoute } from 'astro'
import { type LocaleCode, localeCodes } from '../../../../../cms/locales'
import { type Section, sectionSegment, sections } from '../../../i18n/sections'
import { useTranslations } from '../../../i18n/translations'
import { pageOgCard } from '../../../lib/og/ogCards'
import { ogImageResponse } from '../../../lib/og/ogImage'
import { contentFree } from '../../../lib/staticPaths'

export function getStaticPaths() {
  return contentFree(
    localeCodes.flatMap((locale) =>
      sections.map((section) => ({
        params: { locale, section: sectionSegment(section, locale) },
        props: { section, locale },
      })),
    ),
  )
}

export const GET: APIRoute = async ({ props }) => {
  const { section, locale } = props as { section: Section; locale: LocaleCode }
  const t = useTranslations(locale)
  return ogImageResponse(pageOgCard(t(`section.${section}`), t('site.name'), locale))
}
