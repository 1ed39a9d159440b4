import type { Access } from 'payload'
import { hasRole } from '../lib/roles'
import type { User } from '../payload-types'

/** Admins reach every user; everyone else only their own account. */
export const adminOrSelf: Access<User> = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
