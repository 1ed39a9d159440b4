/* The REST API: /api/<collection>, /api/globals/<global>, auth endpoints (request bodies capped, see cms/api/routes.ts). */
import config from '@payload-config'
import { restRoutes } from '../../../../api/routes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
