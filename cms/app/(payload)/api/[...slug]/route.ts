/* The REST API: /api/<collection>, /api/globals/<global>, auth endpoints. */
import config from '@payload-config'
import { restHandlers } from '../../../../apiHandlers'

const handlers = restHandlers(config)

export const GET = handlers.GET
export const POST = handlers.POST
export const DELETE = handlers.DELETE
export const PATCH = handlers.PATCH
export const PUT = handlers.PUT
export const OPTIONS = handlers.OPTIONS
