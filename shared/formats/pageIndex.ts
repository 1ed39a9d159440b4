import type { LocaleCode } from '../../cms/locales'
import type { DocumentKey } from './documentKey'

/**
 * The site's page-index.json: where every published document lives on the site, per locale. The
 * site writes it with every build; the CMS's "Live pages" panel reads it to link an editor from a
 * document to its live pages.
 */
export type PageIndex = Record<DocumentKey, PageIndexEntry>

export interface PageIndexEntry {
  /** The document's page in each locale (a fallback page where it is not translated). */
  paths: Record<LocaleCode, string>
  /** Locales the document is translated into. */
  translated: LocaleCode[]
  /** When the published version was saved. */
  updatedAt: string
}

/** Where the page index is on the site. */
export const pageIndexPath = '/page-index.json'
