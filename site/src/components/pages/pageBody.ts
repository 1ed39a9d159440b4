import type { LocaleCode } from '../../../../cms/locales'
import type { ContentSlug } from '../../../../shared/contentTypes'
import { useTranslations } from '../../i18n/translations'
import type { DocEntry, SiteIndex } from '../../lib/siteIndex'

/** What every page body is given: its document's entry, the site index and the reader's locale. */
export interface PageBodyProps<Slug extends ContentSlug> {
  entry: DocEntry<Slug>
  index: SiteIndex
  locale: LocaleCode
}

/** A content type's view model (site/src/lib/views): what its page shows, prepared. */
export type ViewModel<Slug extends ContentSlug, View> = (
  entry: DocEntry<Slug>,
  index: SiteIndex,
  locale: LocaleCode,
) => View

/** What a page body renders: its view, the interface strings and the locale. */
export function prepareBody<Slug extends ContentSlug, View>(props: PageBodyProps<Slug>, view: ViewModel<Slug, View>) {
  // biome-ignore lint/correctness/useHookAtTopLevel: useTranslations is i18next's lookup, not a React hook
  const t = useTranslations(props.locale)
  return { view: view(props.entry, props.index, props.locale), t, locale: props.locale }
}
