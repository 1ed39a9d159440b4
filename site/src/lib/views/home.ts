import type { LocaleCode } from '../../../../cms/locales'
import { buildDate } from '../buildDate'
import { listOrder } from '../listOrder'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { eventsInOrder, isPastEvent } from './events'

/** How many cards a block of the home page shows before its "see all" link. */
const perBlock = 3
/** The most featured projects shown: editors pick them, but a home page must stay light on a phone. */
const featuredAtMost = 6

/** What a locale's home page leads with: what is coming up and what a visitor can go and see. */
export interface HomeView {
  /** Events still to come on the build's date, soonest first. */
  upcomingEvents: DocEntry<'events'>[]
  routes: DocEntry<'routes'>[]
  /** The projects editors marked as featured, by title, at most `featuredAtMost`. */
  featuredProjects: DocEntry<'funding-projects'>[]
  clusters: DocEntry<'clusters'>[]
}

/** The home page's blocks in one locale, on the build's date. */
export function homeView(index: SiteIndex, locale: LocaleCode, today: string = buildDate): HomeView {
  const titled = <Slug extends 'routes' | 'funding-projects' | 'clusters'>(section: Slug) =>
    listOrder(index, section, locale) as DocEntry<Slug>[]
  return {
    upcomingEvents: eventsInOrder(index.list('events'), today)
      .filter((entry) => !isPastEvent(entry.doc, today))
      .slice(0, perBlock),
    routes: titled('routes').slice(0, perBlock),
    featuredProjects: titled('funding-projects')
      .filter((entry) => entry.doc.featured)
      .slice(0, featuredAtMost),
    clusters: titled('clusters').slice(0, perBlock),
  }
}
