import type { LocaleCode } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { collator } from '../i18n/format'
import { titleOf } from './doc'
import { perIndex } from './perIndex'
import type { DocEntry, SiteIndex } from './siteIndex'
import { eventsInOrder } from './views/events'

/**
 * A section's documents in the order its list page shows them: events by date (still to come first,
 * the same order in every locale), everything else by title in the reader's alphabet. Worked out once
 * per site index: the list pages and the home pages ask for it. The array is shared: do not change it.
 */
export function listOrder(index: SiteIndex, section: ContentSlug, locale: LocaleCode): readonly DocEntry[] {
  if (section === 'events') return perIndex(index, 'order:events', () => eventsInOrder(index.list('events')))
  return perIndex(index, `order:${section}:${locale}`, () => byTitle(index, section, locale))
}

function byTitle(index: SiteIndex, section: ContentSlug, locale: LocaleCode): DocEntry[] {
  const { compare } = collator(locale)
  // each title worked out once, not twice per comparison
  return index
    .list(section)
    .map((entry) => ({ entry, title: titleOf(entry, locale) }))
    .sort((a, b) => compare(a.title, b.title))
    .map(({ entry }) => entry)
}
