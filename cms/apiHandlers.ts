/**
 * The REST and GraphQL route handlers the Next.js app mounts at /api (and the integration tests call):
 * Payload's own, with the two refusals Payload does not turn into an answer itself. Everything else
 * (routing, access, the query checks in cms/hooks/rejectMalformedQuery.ts) happens inside Payload.
 */
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { APIError, getPayload, type SanitizedConfig } from 'payload'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/** Query parameters Payload reads as JSON when given as one string (`?where={"title":{"equals":"x"}}`). */
const jsonParameters = ['where', 'data']

/** GET, POST, PATCH, PUT, DELETE and OPTIONS of /api/[...slug]. */
export function restHandlers(config: Config) {
  const guarded =
    (handler: RestHandler): RestHandler =>
    (request, args) =>
      Promise.resolve(brokenJsonParameter(request) ?? handler(request, args))
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    DELETE: guarded(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
  }
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
export function graphqlHandler(config: Config) {
  const handler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    try {
      return await handler(request)
    } catch (error) {
      if (error instanceof APIError && error.isPublic) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      ;(await getPayload({ config })).logger.error({ err: error, msg: 'GraphQL request failed' })
      return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
    }
  }
}
