import type { LocaleCode } from '../../../../cms/locales'
import type { ContentDocument, ContentSlug } from '../../../../shared/contentTypes'
import { buildSiteIndex, type DocEntry, type SiteIndex } from '../../../../site/src/lib/siteIndex'
import { snapshot } from '../factories'

/** A section's page view, called as the site's pages call it. */
type PageView<Slug extends ContentSlug, View> = (entry: DocEntry<Slug>, index: SiteIndex, locale: LocaleCode) => View

/** The page view of a document built into a site on its own (its references lead nowhere). */
export function viewAlone<Slug extends ContentSlug, View>(
  view: PageView<Slug, View>,
  section: Slug,
  doc: ContentDocument<Slug>,
  locale: LocaleCode,
): View {
  const index = buildSiteIndex(snapshot({ [section]: [doc] }))
  const entry = index.get(section, doc.id)
  if (!entry) throw new Error(`no entry for ${section} ${doc.id}`)
  return view(entry, index, locale)
}
