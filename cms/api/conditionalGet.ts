import { createHash } from 'node:crypto'

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
 */
export function withConditionalGet<Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> {
  return async (request, ...rest) => {
    if (request.method !== 'GET' || !isAnonymous(request)) return handler(request, ...rest)
    const response = await handler(request, ...rest)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('application/json')) return response
    const body = new Uint8Array(await response.arrayBuffer())
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    const text = new TextDecoder().decode(body)
    const modified = newestUpdate(text)
    const validators = new Headers({ ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Authorization, Cookie' })
    if (modified) validators.set('Last-Modified', modified.toUTCString())
    if (notModified(request, etag, modified && isSingleDocument(text) ? modified : undefined)) {
      return new Response(null, { status: 304, headers: validators })
    }
    const headers = new Headers(response.headers)
    for (const [name, value] of validators) headers.set(name, value)
    return new Response(body, { status: 200, statusText: response.statusText, headers })
  }
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
