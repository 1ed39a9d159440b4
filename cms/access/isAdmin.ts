import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { hasRole } from '../lib/roles'

/** Only administrators. */
export const isAdmin: Access<AnyDocument> = ({ req }) => hasRole(req.user, 'admin')
