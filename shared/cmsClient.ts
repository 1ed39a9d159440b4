/**
 * Reads published content from the CMS REST API as an anonymous reader, so drafts cannot reach the
 * site. Every locale comes in one request (`locale=all`), a page of 100 documents at a time.
 */
import { settings } from './settings'

/** Where the CMS is; the build reads CMS_URL. */
export const cmsUrl = settings.cmsUrl

/**
 * A CMS document as JSON, before the site gives it its type (shared/contentTypes: the CMS validated
 * its shape, and payload-types.ts describes it).
 */
export type CmsDoc = Record<string, unknown> & { id: number | string }

/** A list answer of the REST API. */
interface ListAnswer {
  docs: CmsDoc[]
  hasNextPage?: boolean
}

/** A failure to read from the CMS, naming what was being read. */
export class CmsReadError extends Error {
  override name = 'CmsReadError'
}

async function getJson<T>(path: string, what: string, base: string): Promise<T> {
  let response: Response
  try {
    response = await fetchWithRetry(`${base}${path}`, { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new CmsReadError(
      `Cannot reach the CMS at ${base} while reading ${what} (${(error as Error).cause ?? (error as Error).message}). Start it (npm start) or set CMS_URL.`,
    )
  }
  if (!response.ok) {
    throw new CmsReadError(
      `The CMS answered ${response.status} ${response.statusText} while reading ${what} from ${base}${path}.`,
    )
  }
  return (await response.json()) as T
}

/**
 * fetch, tried once more when the connection drops: a kept-alive socket the server has just closed
 * fails the first request on it without the server being down.
 */
export async function fetchWithRetry(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    await new Promise((r) => setTimeout(r, 200))
    return fetch(url, init)
  }
}

/** Every published document of a collection, all locales, relationships as ids. */
export async function fetchCollection(collection: string, base = cmsUrl): Promise<CmsDoc[]> {
  const docs: CmsDoc[] = []
  for (let page = 1; ; page++) {
    const query = `locale=all&depth=0&limit=100&page=${page}&sort=id&fallback-locale=none`
    const body = await getJson<ListAnswer>(
      `/api/${collection}?${query}`,
      `collection "${collection}" (page ${page})`,
      base,
    )
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

/**
 * Every published document's id and last update, in id order: what an incremental sync compares
 * (the CMS's `/api/published-versions/<collection>`, cms/api/publishedVersions.ts).
 */
export async function fetchVersions(
  collection: string,
  base = cmsUrl,
): Promise<{ id: number | string; updatedAt: string }[]> {
  return (
    await getJson<{ docs: { id: number | string; updatedAt: string }[] }>(
      `/api/published-versions/${collection}`,
      `the list of "${collection}"`,
      base,
    )
  ).docs
}

/** The given published documents of a collection in full (all locales), 100 per request. */
export async function fetchChanged(collection: string, ids: string[], base = cmsUrl): Promise<CmsDoc[]> {
  const docs: CmsDoc[] = []
  for (let i = 0; i < ids.length; i += 100) {
    const where = `where[id][in]=${ids
      .slice(i, i + 100)
      .map(encodeURIComponent)
      .join(',')}`
    const query = `locale=all&depth=0&pagination=false&fallback-locale=none&${where}`
    docs.push(
      ...(await getJson<ListAnswer>(`/api/${collection}?${query}`, `changed documents of "${collection}"`, base)).docs,
    )
  }
  return docs
}

/** A global in all locales. */
export async function fetchGlobal(slug: string, base = cmsUrl): Promise<CmsDoc> {
  return getJson<CmsDoc>(`/api/globals/${slug}?locale=all&depth=0&fallback-locale=none`, `global "${slug}"`, base)
}

/** A draft from the CMS's preview endpoint, which checks the preview token itself. */
export async function fetchPreview(collection: string, id: string, token: string): Promise<CmsDoc | null> {
  const response = await fetch(
    `${cmsUrl}/api/preview/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`,
  )
  if (response.status === 401 || response.status === 403 || response.status === 404) return null
  if (!response.ok) throw new CmsReadError(`The CMS answered ${response.status} for a preview of ${collection}/${id}.`)
  return (await response.json()) as CmsDoc
}
