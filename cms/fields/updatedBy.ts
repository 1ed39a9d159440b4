import type { RelationshipField } from 'payload'

/**
 * Who saved the document last, so a refused stale save can say who changed it
 * (hooks/refuseStaleWrites.ts). Set from the signed-in user on every save, whatever the request
 * sends; empty for writes without a user (seed, scheduled publish, command-line imports).
 */
export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Last saved by',
  access: { read: ({ req }) => Boolean(req.user) },
  hooks: { beforeChange: [({ req }) => req.user?.id ?? null] },
  admin: { position: 'sidebar', readOnly: true },
}
