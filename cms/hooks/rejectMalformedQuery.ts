import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'
import { type QueryArgs, queryRefusal } from '../lib/queryProblems'

/** The largest value of PostgreSQL's `serial` id columns (a 4-byte integer). */
const POSTGRES_MAX_ID = 2_147_483_647

/**
 * Refuses a REST or GraphQL request whose filter, page, limit, depth, sort or id cannot be a valid
 * question for this collection (cms/lib/queryProblems.ts), with 400 (or 404 for an id no document can
 * have) and a message naming each parameter, before the database is asked. The Local API is code, not
 * a client, and is trusted as it is.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const { id } = args as QueryArgs
  // the id as the URL has it, for the message: Payload has already made NaN of "abc"
  const mangled = typeof id === 'number' && !Number.isSafeInteger(id)
  const rawId = mangled && typeof req.routeParams?.id === 'string' ? req.routeParams.id : id
  const refusal = queryRefusal(
    { ...(args as QueryArgs), id: rawId },
    {
      collection: collection.slug,
      fields: collection.flattenedFields,
      fieldsOf: (slug) => req.payload.collections[slug as CollectionSlug]?.config.flattenedFields,
      idType: req.payload.collections[collection.slug as CollectionSlug]?.customIDType ?? req.payload.db.defaultIDType,
      maxId: maxId(req),
      maxDepth: req.payload.config.maxDepth,
    },
  )
  if (refusal) throw new APIError(refusal.problems.join(' '), refusal.status, undefined, true)
  return args
}

function maxId(req: PayloadRequest): number {
  return req.payload.db.name === 'postgres' ? POSTGRES_MAX_ID : Number.MAX_SAFE_INTEGER
}

/** Adds the query check to a collection's operations. */
export function withQueryChecks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [rejectMalformedQuery, ...(hooks.beforeOperation ?? [])] },
  }
}
