import type { Field, FieldAccess } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'

/** Seed bookkeeping is for the CMS and its editors, not for public API readers. */
const signedInOnly: FieldAccess<AnyDocument> = ({ req }) => Boolean(req.user)

/**
 * Hidden bookkeeping for documents that come from content-seed/: the seed file's key and a hash of
 * its content, so `npm run seed` can tell new, changed and unchanged files apart and stays idempotent.
 * A duplicated document is not a seed document, so both are cleared on duplicate.
 */
export const seedIdentityFields: Field[] = [
  {
    name: 'seedKey',
    type: 'text',
    unique: true,
    index: true,
    admin: { hidden: true },
    access: { read: signedInOnly },
    hooks: { beforeDuplicate: [() => null] },
  },
  {
    name: 'seedHash',
    type: 'text',
    admin: { hidden: true },
    access: { read: signedInOnly },
    hooks: { beforeDuplicate: [() => null] },
  },
]
