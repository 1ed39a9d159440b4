import { APIError, type CollectionConfig, type GlobalConfig, type PayloadRequest } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { isLocaleCode, localeCodes } from '../locales'

/**
 * Payload quietly answers `?locale=xx` in the default locale (REST) or with localized fields missing
 * (Local API). A reader or a script that misspells a locale deserves to be told, so any operation in an
 * unknown locale is refused with 400 and the list of locales. The REST check reads the raw query,
 * because Payload has already replaced the unknown locale on `req.locale` by then.
 */
export function assertKnownLocale(req: PayloadRequest): void {
  for (const locale of [req.searchParams?.get('locale'), req.locale]) {
    if (locale !== undefined && locale !== null && locale !== 'all' && !isLocaleCode(locale))
      throw unknownLocale(locale, req)
  }
}

function unknownLocale(locale: string, req: PayloadRequest): Error {
  const message = requestTranslator(req)('locales.unknown', { locale, locales: localeCodes.join(', ') })
  return new APIError(message, 400, undefined, true)
}

/** Adds the unknown-locale check to a collection's operations. */
export function withKnownLocales(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [({ req }) => assertKnownLocale(req), ...(hooks.beforeOperation ?? [])] },
  }
}

/** Adds the unknown-locale check to a global's operations. */
export function globalWithKnownLocales(global: GlobalConfig): GlobalConfig {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: { ...hooks, beforeOperation: [({ req }) => assertKnownLocale(req), ...(hooks.beforeOperation ?? [])] },
  }
}
