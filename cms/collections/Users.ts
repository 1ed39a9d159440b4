import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'
import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin } from '../access/isAdmin'
import { resetPasswordEmailHTML } from '../email/resetPasswordEmail'
import { localeOptions } from '../fields/localeOptions'
import { forgotPasswordOutsideTransaction } from '../hooks/forgotPasswordOutsideTransaction'
import { requestTranslator } from '../i18n/messages'
import { servedOverHttps } from '../lib/adminOrigins'
import { hasRole, roleNames, roles } from '../lib/roles'
import { LOGIN_LOCK_MS, MAX_LOGIN_ATTEMPTS } from '../limits'
import type { User } from '../payload-types'

const onlyAdmins: FieldAccess<User> = ({ req }) => hasRole(req.user, 'admin')

/** People who sign in to the admin: administrators, editors and translators. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  // Lax keeps the cookie off cross-site subrequests and form posts; Secure once the CMS is on https.
  // A locked account stays locked for LOGIN_LOCK_MS; only an admin may unlock it sooner (see access.unlock).
  auth: {
    cookies: { sameSite: 'Lax', secure: servedOverHttps() },
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOGIN_LOCK_MS,
    forgotPassword: { generateEmailHTML: resetPasswordEmailHTML },
  },
  hooks: { beforeOperation: [forgotPasswordOutsideTransaction] },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'assignedLocales'], group: 'Settings' },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload's default lets any signed-in user unlock any account, which would undo the login lockout
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', label: 'Full name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((r) => ({ value: r, label: roleNames[r] })),
      access: { create: onlyAdmins, update: onlyAdmins },
    },
    {
      name: 'assignedLocales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: localeOptions(),
      access: { create: onlyAdmins, update: onlyAdmins },
      admin: { description: 'The languages a translator may write. Required for translators.' },
      validate: (
        value: string[] | null | undefined,
        { siblingData, req }: { siblingData: { role?: string }; req?: PayloadRequest },
      ) =>
        (siblingData?.role === 'translator' || siblingData?.role === 'reviewer') && (!value || value.length === 0)
          ? requestTranslator(req)('validation.assignedLocales')
          : true,
    },
  ],
}
