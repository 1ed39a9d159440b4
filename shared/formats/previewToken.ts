import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Preview tokens: the CMS signs one for an editor (POST /api/preview-token) and checks it when the
 * site's preview route asks for the draft (GET /api/preview/:collection/:id); the site reads only the
 * expiry, for its banner. Signed with HMAC-SHA256; "<base64url JSON grant>.<base64url signature>".
 */

/** What a preview token grants: reading one document's latest draft until it expires. */
export interface PreviewGrant {
  collection: string
  id: string
  /** Expiry, seconds since the epoch. */
  expires: number
}

/** How long a preview link works unless asked otherwise. */
export const PREVIEW_TTL_SECONDS = 15 * 60

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url')

/** The key preview tokens are signed with: PREVIEW_SECRET, or one derived from PAYLOAD_SECRET. */
export function previewSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PREVIEW_SECRET) return env.PREVIEW_SECRET
  if (!env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET (or PREVIEW_SECRET) is needed to sign preview tokens')
  return createHmac('sha256', env.PAYLOAD_SECRET).update('preview-token-key').digest('hex')
}

/** A signed, short-lived token for one document's draft. */
export function createPreviewToken(
  grant: Omit<PreviewGrant, 'expires'>,
  secret: string,
  ttlSeconds = PREVIEW_TTL_SECONDS,
  now = Date.now(),
): string {
  const full: PreviewGrant = { ...grant, expires: Math.floor(now / 1000) + ttlSeconds }
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** The grant a token claims, unchecked: for showing its expiry only (the CMS checks the signature). */
export function claimedGrant(token: string): PreviewGrant | null {
  try {
    const grant = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as PreviewGrant
    return typeof grant?.expires === 'number' ? grant : null
  } catch {
    return null
  }
}

/** The grant in a token, or the reason it is refused (malformed, forged, expired). */
export function verifyPreviewToken(
  token: string | null | undefined,
  secret: string,
  now = Date.now(),
): PreviewGrant | { error: string } {
  if (!token) return { error: 'missing' }
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return { error: 'malformed' }
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { error: 'bad signature' }
  let grant: PreviewGrant
  try {
    grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return { error: 'malformed' }
  }
  if (typeof grant !== 'object' || grant === null || typeof grant.expires !== 'number') return { error: 'malformed' }
  if (grant.expires * 1000 <= now) return { error: 'expired' }
  return grant
}
