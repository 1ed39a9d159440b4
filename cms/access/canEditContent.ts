import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { hasRole, mayWriteLocale, worksInAssignedLocales } from '../lib/roles'

/**
 * Editors and admins update any content. Translators and reviewers may update a document only while writing one of
 * their assigned locales, and never to publish it; which fields they may touch is narrowed further by
 * the translation workflow. Saying no to a publishing write here is what hides Publish and Unpublish
 * from a translator in the admin (Payload asks this function with `_status: 'published'` to decide);
 * the translator limits (access/translatorLimits.ts) refuse it on every API with a reason.
 */
export const canEditContent: Access<AnyDocument> = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (worksInAssignedLocales(req.user) && data?._status === 'published') return false
  return mayWriteLocale(req.user, req.locale)
}
