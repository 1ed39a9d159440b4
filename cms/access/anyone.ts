import type { Access } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'

/** Open to everyone, signed in or not. */
export const anyone: Access<AnyDocument> = () => true
