/**
 * What `npm start`'s supervisor (scripts/lib/siteServer.ts) tells a site server process
 * (site/src/server/entrypoint.ts) over the cluster IPC channel.
 */

/** "You are being replaced by a newer build": answer with `Connection: close` from now on. */
export const RETIRE_MESSAGE = 'site-server:retire'
