import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'

/**
 * Signed-in users read everything, drafts included; anonymous readers (the REST and GraphQL APIs the
 * site and the public use) get published documents only. Payload's `find` returns drafts unless a rule
 * like this filters them, so the rule returns a query constraint rather than `false`.
 */
export const publishedOrSignedIn: Access<AnyDocument> = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
