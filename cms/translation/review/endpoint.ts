import {
  APIError,
  addDataAndFileToRequest,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
} from 'payload'
import { requestTranslator } from '../../i18n/messages'
import { decideReview, type ReviewDecision } from './decide'
import { translationSourceChanges } from './sourceChangesOf'

/**
 * POST /api/translations/review {collection, id, locale, decision: "approve" | "reject", comment}:
 * approves (publishes) or sends back a locale's text that waits for review, as the signed-in user.
 * Answers 200 with `{decision, locale, published}`; 400 for a malformed request, 403 for someone who
 * may not decide for that locale, 404 for no such document, 409 when nothing waits for review there.
 */
export const reviewEndpoint: Endpoint = {
  path: '/translations/review',
  method: 'post',
  handler: async (req) => {
    const t = requestTranslator(req)
    if (!req.user) return Response.json({ errors: [{ message: t('translations.signIn') }] }, { status: 401 })
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Partial<ReviewDecision>
    if (!body.collection || body.id === undefined || body.id === null || !body.locale || !body.decision) {
      throw new APIError(t('review.giveArguments'), 400, undefined, true)
    }
    // the live document, its versions, the site update and the comment are written together or not at all
    await initTransaction(req)
    try {
      const outcome = await decideReview(req, body as ReviewDecision)
      await commitTransaction(req)
      return Response.json(outcome)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}

/**
 * GET /api/translations/source-changes?collection=…&id=…&locale=…: for an outdated translation, what
 * changed in the source since it was made, field by field as word-level diffs (sourceChangesOf.ts).
 */
export const sourceChangesEndpoint: Endpoint = {
  path: '/translations/source-changes',
  method: 'get',
  handler: async (req) => {
    const t = requestTranslator(req)
    if (!req.user) return Response.json({ errors: [{ message: t('translations.signIn') }] }, { status: 401 })
    const param = (name: string) => req.searchParams.get(name) ?? ''
    if (!param('collection') || !param('id') || !param('locale')) {
      throw new APIError(t('review.giveSourceArguments'), 400, undefined, true)
    }
    const changes = await translationSourceChanges(req, {
      collection: param('collection'),
      id: param('id'),
      locale: param('locale'),
    })
    return Response.json(changes, { headers: { 'Cache-Control': 'no-store' } })
  },
}
