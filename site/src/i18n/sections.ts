import type { LocaleCode } from '../../../cms/locales'

/** The site's sections; each collection has one, plus search. */
export type Section = 'clusters' | 'projects' | 'routes' | 'policies' | 'organizations' | 'events' | 'search'

/** Section path segments per locale, transliterated like slugs (/pl/klastry, /lt/klasteriai, /en/clusters). */
export const sectionPaths: Record<Section, Record<LocaleCode, string>> = {
  clusters: { pl: 'klastry', it: 'cluster', lt: 'klasteriai', en: 'clusters' },
  projects: { pl: 'projekty', it: 'progetti', lt: 'projektai', en: 'projects' },
  routes: { pl: 'szlaki', it: 'itinerari', lt: 'marsrutai', en: 'routes' },
  policies: {
    pl: 'dokumenty-strategiczne',
    it: 'documenti-strategici',
    lt: 'strateginiai-dokumentai',
    en: 'policy-documents',
  },
  organizations: { pl: 'organizacje', it: 'organizzazioni', lt: 'organizacijos', en: 'organisations' },
  events: { pl: 'wydarzenia', it: 'eventi', lt: 'renginiai', en: 'events' },
  search: { pl: 'szukaj', it: 'cerca', lt: 'paieska', en: 'search' },
}

/** The CMS collection behind each content section. */
export const sectionCollections = {
  clusters: 'clusters',
  projects: 'funding-projects',
  routes: 'routes',
  policies: 'policy-documents',
  organizations: 'organizations',
  events: 'events',
} as const

/** A section that lists documents of a collection. */
export type ContentSection = keyof typeof sectionCollections

/** The content sections in navigation order. */
export const contentSections = Object.keys(sectionCollections) as ContentSection[]

/** The field that titles documents of each section. */
export const titleFields: Record<ContentSection, 'name' | 'title'> = {
  clusters: 'name',
  projects: 'title',
  routes: 'name',
  policies: 'title',
  organizations: 'name',
  events: 'title',
}
