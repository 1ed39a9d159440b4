/**
 * A document page's link-preview image, beside the page: /en/routes/<slug>/og.jpg. Made for translated
 * pages; a fallback page points at the image of the page it borrows from (its canonical page).
 */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '../../../../../../cms/locales'
import type { ContentSlug } from '../../../../../../shared/contentTypes'
import { loadSiteIndex } from '../../../../lib/loadSiteIndex'
import { documentOgCard } from '../../../../lib/og/ogCards'
import { ogImageResponse } from '../../../../lib/og/ogImage'
import { documentPageParams } from '../../../../lib/staticPaths'

export async function getStaticPaths() {
  const index = await loadSiteIndex()
  return documentPageParams(index).filter(
    ({ props }) => index.get(props.section, props.id)?.variants[props.locale].translated,
  )
}

export const GET: APIRoute = async ({ props }) => {
  const { section, id, locale } = props as { section: ContentSlug; id: string; locale: LocaleCode }
  const index = await loadSiteIndex()
  return ogImageResponse(documentOgCard(index.get(section, id)!, index, locale))
}
