import { APIError, type CollectionBeforeOperationHook, type Field } from 'payload'
import { latestVersion } from '../lib/latestVersion'
import { hasRole } from '../lib/roles'
import { isLocaleCode } from '../locales'
import { nonLocalizedChanges } from '../translation/nonLocalizedChanges'

/**
 * What a translator may do, enforced for the admin, REST, GraphQL and the Local API acting as a user
 * (`overrideAccess: false`): update one document at a time, in one of their assigned locales, its
 * localized fields only, as a draft. Access functions can only say no; this hook says why, naming the
 * locale or the fields, before anything is written. (Field-level `update` access would silently drop
 * the values instead of refusing, which is why this is not done with field access.)
 */
export const enforceTranslatorLimits: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
  overrideAccess,
}) => {
  const user = req.user
  if (overrideAccess || !hasRole(user, 'translator')) return args
  const assigned = user?.assignedLocales ?? []
  switch (operation) {
    case 'create':
      throw forbidden('Translators cannot create documents; an editor creates them, then you translate them.')
    case 'delete':
      throw forbidden('Translators cannot delete documents.')
    case 'restoreVersion':
      throw forbidden('Translators cannot restore versions; ask an editor.')
    case 'update':
      break
    default:
      return args
  }
  const id = (args as { id?: number | string }).id
  const locale = req.locale
  if (locale === 'all' || !locale) {
    throw forbidden(`Translators write one locale at a time (${assigned.join(', ')}); this request writes all locales.`)
  }
  if (!isLocaleCode(locale) || !assigned.includes(locale)) {
    throw forbidden(
      `You translate into ${assigned.join(', ') || 'no locale'}; this request writes the locale "${locale}".`,
    )
  }
  if (id === undefined || id === null) throw forbidden('Translators update one document at a time.')
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published') {
    throw forbidden('Translators cannot publish. Your translation is saved as a draft; an editor publishes it.')
  }
  const original = await latestVersion({ req, collection: collection.slug, id, locale })
  const changed = nonLocalizedChanges(collection.fields as Field[], data, original ?? {})
  if (changed.length > 0) {
    throw forbidden(
      `Translators change only text in their language; these fields are shared by every locale: ${changed.join(', ')}.`,
    )
  }
  // a translator's save never publishes: it becomes the document's latest draft for an editor to publish
  return { ...args, draft: true }
}

function forbidden(message: string) {
  return new APIError(message, 403, undefined, true)
}
