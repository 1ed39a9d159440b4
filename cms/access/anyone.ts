import type { Access } from 'payload'

/** Open to everyone, signed in or not. */
export const anyone: Access = () => true
