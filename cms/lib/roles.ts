import type { LocaleCode } from '../locales'

/** The roles a user can have. Admins manage users and settings; editors manage content; translators translate. */
export const roles = ['admin', 'editor', 'translator'] as const

/** How the admin names each role (translated with the rest of the schema text, cms/i18n/). */
export const roleNames: Record<(typeof roles)[number], string> = {
  admin: 'Administrator',
  editor: 'Editor',
  translator: 'Translator',
}

/** One of the user roles. */
export type Role = (typeof roles)[number]

/** The part of a user the access rules look at. */
export interface RoleHolder {
  role?: Role | null
  assignedLocales?: LocaleCode[] | null
}

/** True when `user` is signed in and has one of `allowed` roles. */
export function hasRole(user: RoleHolder | null | undefined, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
