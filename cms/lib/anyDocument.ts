import type { TypeWithID } from 'payload'

/**
 * A document as the hooks and access rules shared by several collections see it: an id, and fields
 * read by name through the collection's config. Hooks and rules for one collection use its generated
 * type instead (`CollectionBeforeValidateHook<Event>`, `Access<User>`); this takes the place of
 * Payload's default `any` for the shared ones.
 */
export type AnyDocument = TypeWithID & Record<string, unknown>
