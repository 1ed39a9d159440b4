import type { LocaleCode } from '../../../cms/locales'
import { type Section, sectionSegment, sections } from './sections'

/** Path of a locale's home page: "/lt/". */
export function homePath(locale: LocaleCode): string {
  return `/${locale}/`
}

/** Path of a section in a locale: "/pl/klastry/". */
export function sectionPath(locale: LocaleCode, section: Section): string {
  return `/${locale}/${sectionSegment(section, locale)}/`
}

/** Path of a locale's calendar feed of all events: "/pl/wydarzenia.ics". */
export function calendarPath(locale: LocaleCode): string {
  return `/${locale}/${sectionSegment('events', locale)}.ics`
}

/** Path of a document page: "/lt/klasteriai/ltpp-klasteris/". */
export function documentPath(locale: LocaleCode, section: Section, slug: string): string {
  return `${sectionPath(locale, section)}${slug}/`
}

/** The section whose path segment this is in this locale, or undefined. */
export function sectionFromPath(locale: LocaleCode, segment: string): Section | undefined {
  return sections.find((s) => sectionSegment(s, locale) === segment)
}

/** An absolute URL for a site path. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).toString()
}
