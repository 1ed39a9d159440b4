import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that must share `req` (for its transaction) without changing the request it
 * came from. Payload's Local API overwrites `req.locale`, `req.fallbackLocale` and `req.user` of a
 * request it is handed, so a hook reading another locale would otherwise switch the locale the
 * ongoing write saves into. Calls sharing one `req` must also not run concurrently, for the same reason.
 */
export async function keepingLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale, user } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.user = user
  }
}
