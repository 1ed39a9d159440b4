import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { hasRole } from '../lib/roles'
import { isLocaleCode } from '../locales'

/**
 * Editors and admins update any content. Translators may update a document only while writing one of
 * their assigned locales; which fields they may touch is narrowed further by the translation workflow.
 */
export const canEditContent: Access<AnyDocument> = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'translator')) {
    const assigned = req.user?.assignedLocales ?? []
    return isLocaleCode(req.locale) && assigned.includes(req.locale)
  }
  return false
}
