import en from '../../site/src/translations/en.json'
import it from '../../site/src/translations/it.json'
import lt from '../../site/src/translations/lt.json'
import pl from '../../site/src/translations/pl.json'
import { type AdminLanguage, isAdminLanguage } from './adminLanguages'

const names: Record<AdminLanguage, string> = {
  en: en['site.name'],
  pl: pl['site.name'],
  it: it['site.name'],
  lt: lt['site.name'],
}

/** The portal's name in an admin language: the public site's own name for itself in that language. */
export function portalName(language: string | undefined): string {
  return names[isAdminLanguage(language) ? language : 'en']
}

/**
 * What the config gives Payload as the page titles' suffix; the admin page replaces it with the portal's
 * name in the user's language (Payload's config holds one suffix for every language).
 */
export const PORTAL_TITLE_SUFFIX = '· {{portal}}'

/** A page title with the portal's name in `language` in place of the placeholder suffix. */
export function withPortalName(title: string, language: string | undefined): string {
  return title.replace('{{portal}}', portalName(language))
}
