import { isAdminLanguage, sourceAdminLanguage } from './adminLanguages'

/**
 * The admin language of a raw request, for answers given before Payload has read it (a body over the
 * size limit): the `payload-lng` cookie the admin sets, else the first admin language the
 * Accept-Language header names, else English — as Payload itself decides.
 */
export function requestLanguage(request: Request): string {
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)payload-lng=([^;]+)/)?.[1]
  if (isAdminLanguage(cookie)) return cookie
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase())
  return accepted.find(isAdminLanguage) ?? sourceAdminLanguage
}
