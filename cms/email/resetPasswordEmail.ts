import type { PayloadRequest } from 'payload'
import { settings } from '../../shared/settings'
import { portalName } from '../i18n/portalName'

/**
 * The admin's public address, for links in mail: CMS_PUBLIC_URL (Payload's `serverURL`), else the
 * local server on PORT. Never the request's Host header: anyone can send a forgot-password request
 * with a Host of their choosing, and the victim's reset link would then lead to the sender's server.
 */
export function publicAdminBase(req: PayloadRequest): string {
  const { serverURL, routes } = req.payload.config
  const origin = (serverURL || `http://localhost:${settings.cmsPort}`).replace(/\/+$/, '')
  return `${origin}${routes.admin}`
}

/**
 * The reset-password mail: Payload's own wording in the requester's admin language, with an absolute
 * link, signed with the portal's name in that language.
 */
export function resetPasswordEmailHTML(args?: { req?: PayloadRequest; token?: string }): string {
  const { req, token } = args ?? {}
  if (!req || !token) throw new Error('A reset-password mail needs the request and the token')
  const link = `${publicAdminBase(req)}${req.payload.config.admin.routes.reset}/${token}`
  return [
    `<p>${req.t('authentication:youAreReceivingResetPassword')}</p>`,
    `<p><a href="${link}">${link}</a></p>`,
    `<p>${req.t('authentication:youDidNotRequestPassword')}</p>`,
    `<p>— ${portalName(req.i18n?.language)}</p>`,
  ].join('\n')
}
