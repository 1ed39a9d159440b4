/**
 * The REST and GraphQL route handlers Next.js mounts at /api (cms/app/(payload)/api/…): Payload's own,
 * with the request body limits of cms/limits.ts in front, and the malformed requests Payload would
 * answer with a 500 (cms/api/malformedRequests.ts) answered with a 400, and anonymous reads answered
 * with validators and 304s (cms/api/conditionalGet.ts). The integration tests call
 * these same handlers.
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
import type { SanitizedConfig } from 'payload'
import { GPX_MAX_BYTES, MEDIA_UPLOAD_MAX_BYTES, REQUEST_BODY_MAX_BYTES, XLIFF_MAX_BYTES } from '../limits'
import { importEndpoint } from '../translation/endpoints'
import { type BodyLimit, withBodyLimit } from './bodyLimit'
import { withConditionalGet } from './conditionalGet'
import { answeringGraphqlFailures, refusingBrokenJsonParameters } from './malformedRequests'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** GET, POST, PATCH, PUT, DELETE and OPTIONS for /api/[...slug]. */
export function restRoutes(config: Config) {
  return {
    GET: withConditionalGet(withBodyLimit(refusingBrokenJsonParameters(REST_GET(config)), bodyLimitFor), config),
    POST: withBodyLimit(refusingBrokenJsonParameters(REST_POST(config)), bodyLimitFor),
    PATCH: withBodyLimit(refusingBrokenJsonParameters(REST_PATCH(config)), bodyLimitFor),
    PUT: withBodyLimit(refusingBrokenJsonParameters(REST_PUT(config)), bodyLimitFor),
    DELETE: withBodyLimit(refusingBrokenJsonParameters(REST_DELETE(config)), bodyLimitFor),
    OPTIONS: REST_OPTIONS(config),
  }
}

/** POST and OPTIONS for /api/graphql. */
export function graphqlRoutes(config: Config) {
  return {
    POST: withBodyLimit(answeringGraphqlFailures(GRAPHQL_POST(config), config), () => ordinaryBody),
    OPTIONS: REST_OPTIONS(config),
  }
}

const ordinaryBody: BodyLimit = { bytes: REQUEST_BODY_MAX_BYTES, message: 'upload.bodyTooLarge' }
const xliffUpload: BodyLimit = {
  // the file may come in a multipart form; the importer checks the file's own size exactly
  bytes: XLIFF_MAX_BYTES + 64 * 1024,
  shownLimit: XLIFF_MAX_BYTES,
  message: 'upload.xliffTooLarge',
}
const gpxUpload: BodyLimit = {
  // as for XLIFF: the reader checks the file's own size exactly
  bytes: GPX_MAX_BYTES + 64 * 1024,
  shownLimit: GPX_MAX_BYTES,
  message: 'upload.gpxTooLarge',
}
const mediaUpload: BodyLimit = { bytes: MEDIA_UPLOAD_MAX_BYTES, message: 'upload.mediaTooLarge' }

// the media collection (cms/collections/Media.ts) by its slug: importing that file here would fix its
// upload folder (DATA_DIR) as soon as the API routes load, before a test or script has set DATA_DIR
const mediaPath = /^\/api\/media(\/[^/]+)?$/
// the GPX import of cms/gpx/importGpxEndpoint.ts, by its path under the routes collection
const gpxImportPath = /^\/api\/routes\/[^/]+\/import-gpx$/

/** Uploads have their own, larger limits; every other body (JSON, forms, logins) the ordinary one. */
export function bodyLimitFor(request: Request): BodyLimit {
  const path = new URL(request.url).pathname
  if (path === `/api${importEndpoint.path}`) return xliffUpload
  if (gpxImportPath.test(path)) return gpxUpload
  const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  if (multipart && mediaPath.test(path)) return mediaUpload
  return ordinaryBody
}
