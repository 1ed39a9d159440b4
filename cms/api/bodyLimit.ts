import { type MessageKey, translate } from '../i18n/messages'
import { requestLanguage } from '../i18n/requestLanguage'
import { formatBytes } from '../lib/formatBytes'

/**
 * A cap on request bodies, in front of Payload's route handlers. Payload reads a JSON body whole and
 * parses it, whatever its size, before it even checks who is asking (a 50 MB anonymous login was
 * buffered and parsed). A body that declares a larger Content-Length is refused before a byte of it is
 * read; any other body (chunked, or lying about its length) is counted as Payload reads it and the
 * reading fails at the first byte over the limit, so nothing beyond the limit is ever held or parsed.
 * Either way the answer is 413 with a JSON error naming the limit.
 */

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/** `handler` with its request bodies capped at `limitFor(request)` bytes. */
export function withBodyLimit<Rest extends unknown[]>(
  handler: Handler<Rest>,
  limitFor: (request: Request) => BodyLimit,
): Handler<Rest> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const limit = limitFor(request)
    const declared = Number(request.headers.get('content-length') ?? Number.NaN)
    if (declared > limit.bytes) return tooLarge(limit, request)
    const counter = { exceeded: false }
    const counted = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body.pipeThrough(countingStream(limit.bytes, counter)),
      signal: request.signal,
      // a streamed request body must say so (fetch spec)
      duplex: 'half',
    } as RequestInit)
    try {
      const response = await handler(counted, ...rest)
      // Payload answered the failed read in its own way (a 400 or 500); the client needs to know why
      return counter.exceeded ? tooLarge(limit, request) : response
    } catch (error) {
      // some handlers (GraphQL's) let a failed read escape
      if (counter.exceeded) return tooLarge(limit, request)
      throw error
    }
  }
}

/** How many bytes a request may send, and the error message for one that sends more. */
export interface BodyLimit {
  bytes: number
  /** The refusal (cms/i18n/messages), with `{{limit}}`; answered in the requester's admin language. */
  message: MessageKey
  /** The size the message names, when it is not `bytes` (an upload's limit is its file's, not the form's). */
  shownLimit?: number
}

function countingStream(limit: number, counter: { exceeded: boolean }): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength
      if (seen > limit) {
        counter.exceeded = true
        controller.error(new Error(`The request body is larger than ${limit} bytes.`))
        return
      }
      controller.enqueue(chunk)
    },
  })
}

function tooLarge(limit: BodyLimit, request: Request): Response {
  const message = translate({ language: requestLanguage(request) }, limit.message, {
    limit: formatBytes(limit.shownLimit ?? limit.bytes),
  })
  return Response.json({ errors: [{ message }] }, { status: 413 })
}
