import { APIError, type Endpoint } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { uploadedText } from '../lib/uploadedText'
import { isLocaleCode } from '../locales'
import { readGpx } from './readGpx'

/** What an import did, as the endpoint answers it and the admin shows it. */
export interface GpxImportReport {
  id: number | string
  /** Positions of the stored line (after thinning), or 0 when the file had waypoints only. */
  linePoints: number
  recordedPoints: number
  /** Stops created from the file's waypoints; 0 leaves the route's own stops as they were. */
  stops: number
  lengthKm: number | undefined
}

/**
 * POST /api/routes/:id/import-gpx?locale=xx: a GPX file (the `file` field of a form upload, or the
 * request body) gives the route its line and length, and its waypoints, when it has some, become the
 * route's stops (replacing those it had; their names and descriptions go into `locale`). The route is
 * saved as a draft for an editor to check and publish, through the same access rules, hooks and
 * validation as any save. A file that is not a usable GPX track is answered with 400 and every
 * problem found, each with `path: "file"`; nothing is written then.
 */
export const importGpxEndpoint: Endpoint = {
  path: '/:id/import-gpx',
  method: 'post',
  handler: async (req) => {
    const t = requestTranslator(req)
    if (!req.user) return Response.json({ errors: [{ message: t('gpx.signIn') }] }, { status: 401 })
    const id = req.routeParams?.id as string | undefined
    const locale = req.searchParams.get('locale') ?? req.locale ?? 'en'
    if (!id) throw new APIError(t('gpx.nameTheRoute'), 400, undefined, true)
    if (!isLocaleCode(locale)) throw new APIError(t('gpx.unknownLocale', { locale }), 400, undefined, true)
    const result = readGpx(await uploadedText(req), req.i18n)
    if (!result.ok) {
      return Response.json({ errors: result.problems.map((message) => ({ message, path: 'file' })) }, { status: 400 })
    }
    const { line, stops, lengthKm, recordedPoints } = result.route
    // found first as the user, so a route they may not read is a 404, not an import
    await req.payload.findByID({ collection: 'routes', id, draft: true, depth: 0, overrideAccess: false, req })
    await req.payload.update({
      collection: 'routes',
      id,
      locale,
      draft: true,
      overrideAccess: false,
      req,
      data: {
        ...(line ? { geometry: { type: 'LineString', coordinates: line }, lengthKm } : {}),
        ...(stops.length > 0 ? { stops } : {}),
      },
    })
    const report: GpxImportReport = {
      id,
      linePoints: line?.length ?? 0,
      recordedPoints,
      stops: stops.length,
      lengthKm: line ? lengthKm : undefined,
    }
    return Response.json(report)
  },
}
