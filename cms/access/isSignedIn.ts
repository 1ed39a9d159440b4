import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'

/** Any signed-in user, whatever their role. */
export const isSignedIn: Access<AnyDocument> = ({ req }) => Boolean(req.user)
