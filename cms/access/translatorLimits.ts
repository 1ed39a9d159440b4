import { getTranslation } from '@payloadcms/translations'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type Field,
  flattenTopLevelFields,
  type PayloadRequest,
} from 'payload'
import { requestTranslator } from '../i18n/messages'
import { latestVersion } from '../lib/latestVersion'
import { hasRole, worksInAssignedLocales } from '../lib/roles'
import { isLocaleCode } from '../locales'
import { nonLocalizedChanges } from '../translation/nonLocalizedChanges'

/**
 * What a translator (and a reviewer, who works in the same limits) may do, enforced for the admin, REST, GraphQL and the Local API acting as a user
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
  if (overrideAccess || !worksInAssignedLocales(user)) return args
  const assigned = user?.assignedLocales ?? []
  const t = requestTranslator(req)
  switch (operation) {
    case 'create':
      throw forbidden(t('translator.cannotCreate'))
    case 'delete':
      throw forbidden(t('translator.cannotDelete'))
    case 'restoreVersion':
      throw forbidden(t('translator.cannotRestore'))
    case 'update':
      break
    default:
      return args
  }
  const id = (args as { id?: number | string }).id
  const locale = req.locale
  if (locale === 'all' || !locale) {
    throw forbidden(t('translator.oneLocaleAtATime', { locales: assigned.join(', ') }))
  }
  if (!isLocaleCode(locale) || !assigned.includes(locale)) {
    throw forbidden(
      t('translator.notYourLocale', {
        locales: assigned.join(', ') || t('translator.noLocales'),
        locale: String(locale),
      }),
    )
  }
  if (id === undefined || id === null) throw forbidden(t('translator.oneDocumentAtATime'))
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data._status === 'published') {
    throw forbidden(t(hasRole(user, 'reviewer') ? 'review.reviewerCannotPublish' : 'translator.cannotPublish'))
  }
  const original = await latestVersion({ req, collection: collection.slug, id, locale })
  const changed = nonLocalizedChanges(collection.fields as Field[], data, original ?? {})
  if (changed.length > 0) {
    throw forbidden(
      t('translator.sharedFields', {
        fields: changed.map((path) => fieldName(collection.fields as Field[], path, req)).join(', '),
      }),
    )
  }
  // a translator's save never publishes: it becomes the document's latest draft for an editor to publish
  return { ...args, draft: true }
}

/**
 * A field as the refusal names it: its label in the user's admin language and its path for API
 * clients ("Santrumpa (acronym)"); the path alone for a field inside another.
 */
function fieldName(fields: Field[], path: string, req: PayloadRequest): string {
  const field = flattenTopLevelFields(fields).find((f) => 'name' in f && f.name === path)
  const label = field && 'label' in field && field.label ? getTranslation(field.label as never, req.i18n) : undefined
  return label && label !== path ? `${label} (${path})` : path
}

function forbidden(message: string) {
  return new APIError(message, 403, undefined, true)
}
