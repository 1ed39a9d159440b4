import { translate } from './messages'
import { portalName } from './portalName'

/**
 * Payload's config holds one page-title text for every language, so the config gives placeholders and
 * the admin page (app/(payload)/admin/[[...segments]]/page.tsx) fills them in the user's language.
 */
export const PORTAL_TITLE_SUFFIX = '· {{portal}}'

/** The translations dashboard's title, as its view's config gives it. */
export const TRANSLATIONS_TITLE = '{{translations}}'

/** A page title with the placeholders filled in `language`. */
export function titleInLanguage(title: string, language: string | undefined): string {
  return title
    .replace('{{portal}}', portalName(language))
    .replace('{{translations}}', translate({ language: language ?? 'en' }, 'translations.title'))
}
