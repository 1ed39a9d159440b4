import type { Access } from 'payload'

/** Any signed-in user, whatever their role. */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
