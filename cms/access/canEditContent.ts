import type { Access } from 'payload'
import { hasRole } from '../lib/roles'

/**
 * Editors and admins update any content. Translators may update a document only while writing one of
 * their assigned locales; which fields they may touch is narrowed further by the translation workflow.
 */
export const canEditContent: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'translator')) {
    const assigned = (req.user as { assignedLocales?: string[] | null }).assignedLocales ?? []
    return typeof req.locale === 'string' && assigned.includes(req.locale)
  }
  return false
}
