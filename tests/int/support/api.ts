/**
 * The CMS's real REST and GraphQL route handlers (the functions Next.js mounts at /api), called with
 * standard Request objects. Everything below the socket is the production code path: the request body
 * limits, Payload's routing, authentication, access control, locale and draft handling.
 */
import type { Payload } from 'payload'
import { graphqlRoutes, restRoutes } from '../../../cms/api/routes'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Issues GET /api/... and POST /api/graphql as an anonymous reader, or with a user's JWT. */
export function apiClient(payload: Payload) {
  const config = Promise.resolve(payload.config)
  const rest = restRoutes(config)
  const get = rest.GET as unknown as Handler
  const post = rest.POST as unknown as Handler
  const patch = rest.PATCH as unknown as Handler
  const del = rest.DELETE as unknown as Handler
  const graphql = graphqlRoutes(config).POST as unknown as Handler
  const slugOf = (url: URL) => url.pathname.replace(/^\/api\//, '').split('/')
  const headers = (token?: string): HeadersInit => (token ? { Authorization: `JWT ${token}` } : {})
  return {
    async rest(path: string, token?: string): Promise<{ status: number; body: any }> {
      const url = new URL(path, 'http://localhost')
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await get(new Request(url, { headers: headers(token) }), { params: Promise.resolve({ slug }) })
      return { status: response.status, body: await response.json() }
    },
    /** Issues GET /api/... with the headers given and answers the response itself (its headers, a 304). */
    async restResponse(path: string, requestHeaders: Record<string, string> = {}): Promise<Response> {
      const url = new URL(path, 'http://localhost')
      return get(new Request(url, { headers: requestHeaders }), { params: Promise.resolve({ slug: slugOf(url) }) })
    },
    /** Issues GET /api/... and answers the status and the response text (for answers that are not JSON). */
    async restText(path: string, token?: string): Promise<{ status: number; text: string }> {
      const url = new URL(path, 'http://localhost')
      const response = await get(new Request(url, { headers: headers(token) }), {
        params: Promise.resolve({ slug: slugOf(url) }),
      })
      return { status: response.status, text: await response.text() }
    },
    /** Sends a JSON body with POST or PATCH (or DELETE, without a body), as the admin and API clients do. */
    async send(
      method: 'POST' | 'PATCH' | 'DELETE',
      path: string,
      data: unknown,
      token?: string,
      extraHeaders: Record<string, string> = {},
    ): Promise<{ status: number; body: any }> {
      const url = new URL(path, 'http://localhost')
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const request = new Request(url, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers(token), ...extraHeaders },
        body: method === 'DELETE' ? undefined : JSON.stringify(data),
      })
      const handler = method === 'POST' ? post : method === 'PATCH' ? patch : del
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, body: await response.json() }
    },
    /**
     * Sends any body as it is (a string, bytes, a stream, a form), with the headers given: for bodies
     * that are not JSON, or not what they claim. Answers the status and the response text.
     */
    async sendRaw(
      method: 'POST' | 'PATCH',
      path: string,
      body: BodyInit,
      headers: Record<string, string>,
      token?: string,
    ): Promise<{ status: number; text: string }> {
      const url = new URL(path, 'http://localhost')
      const request = new Request(url, {
        method,
        headers: { ...headers, ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body,
        duplex: 'half',
      } as RequestInit)
      const handler = url.pathname === '/api/graphql' ? graphql : method === 'POST' ? post : patch
      const response = await handler(request, { params: Promise.resolve({ slug: slugOf(url) }) })
      return { status: response.status, text: await response.text() }
    },
    async graphql(
      query: string,
      token?: string,
      extraHeaders: Record<string, string> = {},
    ): Promise<{ status: number; body: any }> {
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers(token), ...extraHeaders },
          body: JSON.stringify({ query }),
        }),
        { params: Promise.resolve({ slug: [] }) },
      )
      return { status: response.status, body: await response.json() }
    },
  }
}
