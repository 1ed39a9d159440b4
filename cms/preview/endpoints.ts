import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { contentTypes, isContentSlug } from '../../shared/contentTypes'
import {
  createPreviewToken,
  PREVIEW_TTL_SECONDS,
  previewSecret,
  verifyPreviewToken,
} from '../../shared/formats/previewToken'
import { hasRole } from '../lib/roles'

/** The content types whose drafts the site's preview route shows (shared/contentTypes). */
const previewable = new Set(contentTypes.filter((type) => type.previewable).map((type) => type.slug))
const isPreviewable = (collection: unknown) => isContentSlug(collection) && previewable.has(collection)

/**
 * POST /api/preview-token {collection, id}: a signed-in editor, admin or translator gets a
 * short-lived token to show one document's draft on the site's preview route.
 */
export const createPreviewTokenEndpoint: Endpoint = {
  path: '/preview-token',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'translator', 'reviewer'))
      return refusal('Sign in to preview drafts.', 401)
    // Payload's body parsing answers a body that is not JSON with 400 (a bare req.json() was a 500)
    await addDataAndFileToRequest(req)
    const body = req.data as { collection?: string; id?: string | number } | undefined
    if (!body?.collection || !isPreviewable(body.collection) || body.id === undefined) {
      return refusal(`Give a collection (${[...previewable].join(', ')}) and a document id.`, 400)
    }
    const token = createPreviewToken({ collection: body.collection, id: String(body.id) }, previewSecret())
    return Response.json({ token, expiresInSeconds: PREVIEW_TTL_SECONDS })
  },
}

/**
 * GET /api/preview/:collection/:id?token=…: the document's latest draft in all locales, for the site's
 * preview route. Answers 401 without a valid, unexpired token for exactly this document, revealing nothing.
 */
export const readPreviewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const grant = verifyPreviewToken(req.searchParams.get('token'), previewSecret())
    if ('error' in grant || grant.collection !== collection || grant.id !== id || !isPreviewable(collection)) {
      return refusal('This preview link is missing, invalid or expired.', 401)
    }
    if (!isContentSlug(collection)) return refusal('Not found.', 404)
    const doc = await req.payload
      .findByID({
        collection,
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!doc) return refusal('Not found.', 404)
    return Response.json(doc, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** A refusal in the shape of Payload's own error answers. */
function refusal(message: string, status: number): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
