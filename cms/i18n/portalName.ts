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
