import { createHash } from 'node:crypto'
import { getPayload, type SanitizedConfig } from 'payload'
import { settings } from '../../shared/settings'
import { contentVersion } from '../contentVersion'
import { AnswerCache, type KeptAnswer } from './answerCache'

/**
 * Validators on anonymous reads, so readers and caches that already hold an answer get a 304 with no
 * body instead of the same JSON again:
 * - `ETag`: a hash of the answer's bytes, so it changes exactly when the answer does (a document
 *   published, withdrawn or deleted, another locale, another page of a list);
 * - `Last-Modified`: the newest `updatedAt` in the answer.
 *
 * `If-None-Match` is honoured on every read. `If-Modified-Since` is honoured only on a single
 * document or global: a list can lose a document (withdrawn, deleted) without anything in it getting
 * newer, so for lists only the ETag can say the answer is still the same. `Cache-Control: no-cache`
 * lets a cache keep the answer but not use it without asking. Signed-in reads are left as Payload
 * answers them: what a user sees depends on who they are.
 *
 * Anonymous answers are also kept in memory until the content changes (cms/api/answerCache.ts); a
 * reader sending `Cache-Control: no-cache` gets a freshly read one.
 */
export function withConditionalGet<Rest extends unknown[]>(
  handler: Handler<Rest>,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Handler<Rest> {
  const maxBytes = settings.answerCacheBytes
  const cache = maxBytes > 0 ? new AnswerCache(maxBytes) : undefined
  return async (request, ...rest) => {
    if (request.method !== 'GET' || !isAnonymous(request)) return handler(request, ...rest)
    const key = cacheKey(request)
    const database = cache ? (await getPayload({ config })).db : undefined
    const version = database ? await contentVersion(database) : undefined
    // a reader asking for a fresh answer (Cache-Control: no-cache) gets Payload's, which is then kept
    const fresh = /no-cache/.test(`${request.headers.get('cache-control')} ${request.headers.get('pragma')}`)
    const kept = version && !fresh ? cache?.get(key, version) : undefined
    if (kept) return answer(request, kept, 'hit')

    const response = await handler(request, ...rest)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('application/json')) return response
    const body = new Uint8Array(await response.arrayBuffer())
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    const text = new TextDecoder().decode(body)
    const modified = newestUpdate(text)
    const headers = new Headers(response.headers)
    headers.set('ETag', etag)
    headers.set('Cache-Control', 'no-cache')
    headers.set('Vary', 'Authorization, Cookie')
    if (modified) headers.set('Last-Modified', modified.toUTCString())
    const read: KeptAnswer = {
      version: version ?? '',
      body,
      headers,
      etag,
      modified: modified && isSingleDocument(text) ? modified : undefined,
    }
    // kept only when nothing was written while Payload read it (else it may be of content already
    // gone), and never an answer that sets a cookie, which is for one reader
    const stored = Boolean(
      cache &&
        database &&
        version &&
        !response.headers.has('set-cookie') &&
        version === (await contentVersion(database)),
    )
    if (stored) cache?.set(key, read)
    return answer(request, read, `fwd=${fresh ? 'request' : 'uri-miss'}${stored ? '; stored' : ''}`)
  }
}

/**
 * The answer, or a 304 when the reader's validators match it. `Cache-Status` (RFC 9211) says whether
 * it came from the published answers cache.
 */
function answer(request: Request, read: KeptAnswer, cacheStatus: string): Response {
  const headers = new Headers(read.headers)
  headers.set('Cache-Status', `cms; ${cacheStatus}`)
  if (notModified(request, read.etag, read.modified)) {
    const validators = new Headers()
    for (const name of ['ETag', 'Last-Modified', 'Cache-Control', 'Vary', 'Cache-Status']) {
      const value = headers.get(name)
      if (value !== null) validators.set(name, value)
    }
    return new Response(null, { status: 304, headers: validators })
  }
  return new Response(read.body, { status: 200, headers })
}

/** One answer per URL, reader's language and cookies (none of which sign anyone in). */
function cacheKey(request: Request): string {
  const url = new URL(request.url)
  return [
    url.pathname + url.search,
    request.headers.get('accept-language') ?? '',
    request.headers.get('cookie') ?? '',
  ].join('\n')
}

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/** No credentials: no Authorization header (JWT or API key) and no Payload session cookie. */
function isAnonymous(request: Request): boolean {
  if (request.headers.has('authorization')) return false
  return !/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
}

/** The rules of RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since. */
function notModified(request: Request, etag: string, modified: Date | undefined): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return true
    // weak comparison: a cache may have marked our tag weak (W/"…")
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  // Last-Modified has whole seconds
  return (
    modified !== undefined &&
    !Number.isNaN(ifModifiedSince) &&
    Math.floor(modified.getTime() / 1000) * 1000 <= ifModifiedSince
  )
}

/** The newest `updatedAt` anywhere in the answer (its documents, and documents they include). */
function newestUpdate(text: string): Date | undefined {
  let newest = Number.NaN
  for (const match of text.matchAll(/"updatedAt":"([^"]+)"/g)) {
    const time = Date.parse(match[1])
    if (!Number.isNaN(time) && !(time <= newest)) newest = time
  }
  return Number.isNaN(newest) ? undefined : new Date(newest)
}

/** A document or global, not a page of a list (`{"docs":[…],"totalDocs":…}`). */
function isSingleDocument(text: string): boolean {
  return !text.startsWith('{"docs":[')
}
