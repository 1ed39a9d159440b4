import { APIError, type Endpoint } from 'payload'
import { actingUser, queueSiteUpdate } from '../hooks/queueSiteUpdate'
import { requestTranslator } from '../i18n/messages'
import { hasRole } from '../lib/roles'

/**
 * POST /api/site-updates/rebuild: an editor or admin asks for every page of the public site to be
 * rendered again (after a change to the site's templates, or when pages look out of date). It joins
 * the queued update, if there is one, and makes it a full rebuild.
 */
export const rebuildSiteEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    const t = requestTranslator(req)
    if (!hasRole(req.user, 'editor', 'admin')) throw new APIError(t('siteUpdates.onlyEditors'), 403, undefined, true)
    await queueSiteUpdate(req, { action: 'rebuild', ...actingUser(req) }, { fullRebuild: true })
    return Response.json({ message: t('siteUpdates.rebuildQueued') }, { status: 202 })
  },
}
