import type { Access } from 'payload'
import { hasRole } from '../lib/roles'

/** Editors and administrators: the people who create, publish and delete content. */
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
