import { isLocaleCode, type LocaleCode } from '../locales'

/**
 * The roles a user can have. Admins manage users and settings; editors manage content; translators
 * write the text of their assigned languages; reviewers check and approve it (and may correct it).
 */
export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const

/** How the admin names each role (translated with the rest of the schema text, cms/i18n/). */
export const roleNames: Record<(typeof roles)[number], string> = {
  admin: 'Administrator',
  editor: 'Editor',
  translator: 'Translator',
  reviewer: 'Reviewer',
}

/** One of the user roles. */
export type Role = (typeof roles)[number]

/** The roles limited to the text of their assigned languages: they never create, delete or publish. */
export const languageRoles = ['translator', 'reviewer'] as const satisfies readonly Role[]

/** The part of a user the access rules look at. */
export interface RoleHolder {
  id?: number | string
  role?: Role | null
  assignedLocales?: LocaleCode[] | null
}

/** True when `user` is signed in and has one of `allowed` roles. */
export function hasRole(user: RoleHolder | null | undefined, ...allowed: Role[]): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}

/** True for translators and reviewers: people who work only in their assigned languages. */
export function worksInAssignedLocales(user: RoleHolder | null | undefined): boolean {
  return hasRole(user, ...languageRoles)
}

/** True when `user` may write `locale`'s text: editors and admins any, translators and reviewers their own. */
export function mayWriteLocale(user: RoleHolder | null | undefined, locale: unknown): boolean {
  if (hasRole(user, 'admin', 'editor')) return true
  return worksInAssignedLocales(user) && isLocaleCode(locale) && Boolean(user?.assignedLocales?.includes(locale))
}

/**
 * True when `user` may approve or send back `locale`'s translation (which publishes it): editors and
 * admins any locale, reviewers their assigned ones, translators none.
 */
export function mayApproveLocale(user: RoleHolder | null | undefined, locale: unknown): boolean {
  if (hasRole(user, 'admin', 'editor')) return true
  return hasRole(user, 'reviewer') && isLocaleCode(locale) && Boolean(user?.assignedLocales?.includes(locale))
}
