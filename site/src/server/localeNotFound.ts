import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isSitePreviewPath } from '../../../cms/lib/securityHeaders'
import { isLocaleCode, type LocaleCode } from '../../../cms/locales'

/**
 * A mistyped address under a locale's prefix (/lt/klasteriai/nera/) gets that locale's not-found page
 * (/lt/404/) in the reader's language and the site's frame, instead of the four-language page for
 * addresses in no locale. Static hosts get the same from the `_redirects` file of every build.
 */
export class LocaleNotFound {
  private readonly pages = new Map<LocaleCode, string>()

  constructor(private readonly clientDir: string) {}

  /** The not-found page for this path, or undefined when the path exists or belongs to no locale. */
  pageFor(pathname: string): string | undefined {
    const locale = pathname.split('/')[1]
    if (!isLocaleCode(locale) || isSitePreviewPath(pathname)) return undefined
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      decoded = pathname
    }
    const file = path.join(this.clientDir, decoded)
    // outside the client folder (../ tricks) the adapter refuses on its own
    if (!file.startsWith(this.clientDir) || existsSync(file)) return undefined
    return this.page(locale)
  }

  private page(locale: LocaleCode): string | undefined {
    if (!this.pages.has(locale)) {
      const file = path.join(this.clientDir, locale, '404', 'index.html')
      if (!existsSync(file)) return undefined
      this.pages.set(locale, readFileSync(file, 'utf8'))
    }
    return this.pages.get(locale)
  }
}

/** The `_redirects` rules (Netlify and hosts that read its format) that do the same on a static host. */
export function staticHostNotFoundRules(locales: readonly LocaleCode[]): string {
  return locales.map((locale) => `/${locale}/*  /${locale}/404/  404\n`).join('')
}
