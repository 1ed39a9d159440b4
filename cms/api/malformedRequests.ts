/**
 * The two malformed requests Payload does not turn into an answer itself: a `?where=` that is not
 * JSON, and a GraphQL body that is not JSON. Everything else (routing, access, the query checks in
 * cms/hooks/rejectMalformedQuery.ts) happens inside Payload. cms/api/routes.ts puts these in front.
 */
import { APIError, getPayload, type SanitizedConfig } from 'payload'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/** Query parameters Payload reads as JSON when given as one string (`?where={"title":{"equals":"x"}}`). */
const jsonParameters = ['where', 'data']

/** `handler`, answering 400 naming the parameter when a JSON query parameter is not JSON. */
export function refusingBrokenJsonParameters<Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> {
  return (request, ...rest) => Promise.resolve(brokenJsonParameter(request) ?? handler(request, ...rest))
}

/**
 * Payload parses `?where=<json>` with a bare JSON.parse, so text that is not JSON was a 500; it is
 * the client's mistake, and the answer says which parameter.
 */
function brokenJsonParameter(request: Request): Response | undefined {
  const query = new URL(request.url).searchParams
  for (const name of jsonParameters) {
    const value = query.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch (error) {
      const message = `${name}: not valid JSON (${(error as Error).message}). Give ${name} as JSON or as ${name}[field][equals]=value.`
      return Response.json({ errors: [{ message }] }, { status: 400 })
    }
  }
  return undefined
}

/**
 * POST /api/graphql. Payload reads the body before its GraphQL error handling starts, so a body that
 * is not JSON escaped as a bare 500; it is answered like any other GraphQL refusal instead, with its
 * status. Unexpected errors are logged and answered without their details.
 */
export function answeringGraphqlFailures<Rest extends unknown[]>(
  handler: Handler<Rest>,
  config: Config,
): Handler<Rest> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest)
    } catch (error) {
      if (error instanceof APIError && error.isPublic) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      ;(await getPayload({ config })).logger.error({ err: error, msg: 'GraphQL request failed' })
      return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
    }
  }
}
