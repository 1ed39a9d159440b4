/**
 * The CMS's real REST and GraphQL route handlers (the functions Next.js mounts at /api), called with
 * standard Request objects. Everything below the socket is the production code path: Payload's
 * routing, authentication, access control, locale and draft handling.
 */
import type { Payload } from 'payload'
import { graphqlHandler, restHandlers } from '../../../cms/apiHandlers'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Issues GET /api/... and POST /api/graphql as an anonymous reader, or with a user's JWT. */
export function apiClient(payload: Payload) {
  const config = Promise.resolve(payload.config)
  const { GET, POST, PATCH, DELETE } = restHandlers(config)
  const get = GET as unknown as Handler
  const post = POST as unknown as Handler
  const patch = PATCH as unknown as Handler
  const del = DELETE as unknown as Handler
  const graphql = graphqlHandler(config)
  const headers = (token?: string): HeadersInit => (token ? { Authorization: `JWT ${token}` } : {})
  return {
    async rest(path: string, token?: string): Promise<{ status: number; body: any }> {
      const url = new URL(path, 'http://localhost')
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await get(new Request(url, { headers: headers(token) }), { params: Promise.resolve({ slug }) })
      return { status: response.status, body: await response.json() }
    },
    /** Sends a JSON body with POST or PATCH (or DELETE, without a body), as the admin and API clients do. */
    async send(
      method: 'POST' | 'PATCH' | 'DELETE',
      path: string,
      data: unknown,
      token?: string,
    ): Promise<{ status: number; body: any }> {
      const url = new URL(path, 'http://localhost')
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const request = new Request(url, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers(token) },
        body: method === 'DELETE' ? undefined : JSON.stringify(data),
      })
      const handler = method === 'POST' ? post : method === 'PATCH' ? patch : del
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, body: await response.json() }
    },
    async graphql(query: string, token?: string): Promise<{ status: number; body: any }> {
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers(token) },
          body: JSON.stringify({ query }),
        }),
      )
      return { status: response.status, body: await response.json() }
    },
  }
}
