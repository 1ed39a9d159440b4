import type { Payload, PayloadRequest } from 'payload'
import { keepingLocale } from './keepingLocale'

/** Which document to read, in which locale, and on whose behalf. */
export interface LatestVersionQuery {
  collection: string
  id: number | string
  /** One locale, read without fallback (what is really stored there), or 'all'. */
  locale: string
  /** Share this request's transaction; its locale and user are kept as they were (see keepingLocale). */
  req?: PayloadRequest
  /** Without `req`, the Payload instance to read from. */
  payload?: Payload
  /** Read with the request user's access instead of full access. */
  asUser?: boolean
  /** Answer null for a missing document instead of throwing Payload's NotFound. */
  orNull?: boolean
}

/**
 * A document's latest version, draft or published (what the admin shows and what the next write builds
 * on), at depth 0. The translation code reads documents this way in several places: the status hook,
 * the translator limits, copy-from-locale and the XLIFF import.
 */
export async function latestVersion(query: LatestVersionQuery): Promise<Record<string, unknown> | null> {
  const { req, collection, id, locale, asUser = false, orNull = false } = query
  const payload = req?.payload ?? query.payload
  if (!payload) throw new Error('latestVersion needs a request or a Payload instance')
  const read = () =>
    payload.findByID({
      collection: collection as never,
      id,
      locale: locale as never,
      ...(locale === 'all' ? {} : { fallbackLocale: false as const }),
      draft: true,
      depth: 0,
      overrideAccess: !asUser,
      disableErrors: orNull,
      req,
    }) as Promise<Record<string, unknown> | null>
  return req ? keepingLocale(req, read) : read()
}
