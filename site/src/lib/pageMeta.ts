import { defaultLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import type { DocEntry } from './siteIndex'

/** A page of the same content in another locale. */
export interface Alternate {
  locale: LocaleCode
  path: string
}

/** What Base.astro needs to link a document's page to its other locales. */
export interface PageLinks {
  alternates: Alternate[]
  switcher: Alternate[]
  defaultPath?: string
  canonicalPath: string
  noindex: boolean
}

/**
 * Links for one locale's page of a document. hreflang lists only translated pages (a fallback page is
 * noindex and points its canonical at the page whose text it shows); the language switcher reaches
 * the same document in every locale; x-default is the default locale (English), else the source locale.
 */
export function pageLinks(entry: DocEntry, locale: LocaleCode): PageLinks {
  const variant = entry.variants[locale]
  const xDefault = entry.translated.includes(defaultLocale)
    ? defaultLocale
    : entry.translated.includes(entry.sourceLocale)
      ? entry.sourceLocale
      : entry.translated[0]
  return {
    alternates: entry.translated.map((l) => ({ locale: l, path: entry.variants[l].path })),
    switcher: localeCodes.map((l) => ({ locale: l, path: entry.variants[l].path })),
    defaultPath: xDefault ? entry.variants[xDefault].path : undefined,
    canonicalPath: variant.translated ? variant.path : entry.variants[variant.contentLocale].path,
    noindex: !variant.translated,
  }
}

/** Links for a page that exists identically in every locale (home, lists, search), given its path per locale. */
export function sharedPageLinks(locale: LocaleCode, pathIn: (l: LocaleCode) => string): PageLinks {
  const all = localeCodes.map((l) => ({ locale: l, path: pathIn(l) }))
  return {
    alternates: all,
    switcher: all,
    defaultPath: pathIn(defaultLocale),
    canonicalPath: pathIn(locale),
    noindex: false,
  }
}
