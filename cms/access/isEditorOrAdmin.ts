import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { hasRole } from '../lib/roles'

/** Editors and administrators: the people who create, publish and delete content. */
export const isEditorOrAdmin: Access<AnyDocument> = ({ req }) => hasRole(req.user, 'admin', 'editor')
