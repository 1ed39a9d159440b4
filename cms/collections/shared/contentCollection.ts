import type { CollectionConfig } from 'payload'
import { canEditContent } from '../../access/canEditContent'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { isSignedIn } from '../../access/isSignedIn'
import { publishedOrSignedIn } from '../../access/publishedOrSignedIn'
import { seedIdentityFields } from '../../fields/seedIdentity'
import { sourceLocaleField } from '../../fields/sourceLocale'

/**
 * What every content collection shares: drafts and versions, published-only reads for anonymous
 * users, editor/admin writes, the document's source locale, and seed bookkeeping. A collection file
 * describes only its own fields.
 */
export function contentCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrSignedIn,
      readVersions: isSignedIn,
      create: isEditorOrAdmin,
      update: canEditContent,
      delete: isEditorOrAdmin,
      ...config.access,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    admin: { group: 'Content', ...config.admin },
    fields: [...config.fields, sourceLocaleField, ...seedIdentityFields],
  }
}
