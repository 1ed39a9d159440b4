/**
 * The site server (`node dist/server/entry.mjs`, what scripts/lib/siteServer.ts runs): @astrojs/node's
 * standalone handler — static files, then the on-demand preview route — behind a plain HTTP server
 * that sets the security headers of cms/lib/securityHeaders.ts on every response first. The adapter
 * has no hook for headers on the static files it serves, hence this entrypoint
 * (site/src/integrations/securityHeaders.ts puts it in place of the adapter's own).
 * Same contract as the adapter's server: PORT and HOST from the environment.
 */
import './disableAutostart'
import cluster from 'node:cluster'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { handler, options } from '@astrojs/node/server.js'
import { isSitePreviewPath, originOf, siteHeaders, sitePreviewHeaders } from '../../../cms/lib/securityHeaders'
import { RETIRE_MESSAGE } from '../../../shared/formats/siteServerMessages'
import { settings } from '../../../shared/settings'
import { LocaleNotFound } from './localeNotFound'

const pageHeaders = Object.entries(siteHeaders())
// the admin that frames the preview: its public address, else the address the site reads the CMS at
const previewHeaders = Object.entries(sitePreviewHeaders(originOf(settings.cmsPublicUrl ?? settings.cmsUrl)))

// Replaced by a newer build (scripts/lib/siteServer.ts retire()): answers on connections still open to
// this server say `Connection: close`, so clients reconnect to the new one rather than being cut off
// when this one ends.
let retiring = false
process.on('message', (message) => {
  if (message !== RETIRE_MESSAGE) return
  retiring = true
  // The supervisor's worker.disconnect() closes this server, and since Node 19 server.close() also
  // destroys idle kept-alive sockets at once. A client that has just sent its next request on one of
  // them gets ECONNRESET. Left alone, they end by the keep-alive timeout the server announced
  // (`Keep-Alive: timeout=5`), which clients such as undici close before; a request that does arrive
  // is answered, with `Connection: close`.
  server.closeIdleConnections = () => {}
})

// The built pages, found as the adapter finds them: from the server folder this module runs in (a
// build is moved after it is written), up from a chunk if the bundler put this code in one.
const serverFolderName = path.basename(fileURLToPath(options.server))
let serverFolder = path.dirname(fileURLToPath(import.meta.url))
while (path.basename(serverFolder) !== serverFolderName && path.dirname(serverFolder) !== serverFolder) {
  serverFolder = path.dirname(serverFolder)
}
const clientDir = path.resolve(
  serverFolder,
  path.relative(fileURLToPath(options.server), fileURLToPath(options.client)),
)
const localeNotFound = new LocaleNotFound(clientDir)

// A retiring server whose supervisor ends first (a test run finishing, npm start stopped while an old
// server still lets its last connections go) loses its channel before its server has closed; Node's
// cluster code then reports ERR_IPC_DISCONNECTED as an unhandled error when the close completes. The
// process was ending anyway: end it quietly.
cluster.worker?.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ERR_IPC_DISCONNECTED') throw error
  process.exit(0)
})

const server = http.createServer((req, res) => {
  if (retiring) res.setHeader('Connection', 'close')
  const pathname = (req.url ?? '/').split(/[?#]/)[0]
  for (const [name, value] of isSitePreviewPath(pathname) ? previewHeaders : pageHeaders) res.setHeader(name, value)
  const notFound = localeNotFound.pageFor(pathname)
  if (notFound !== undefined) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : notFound)
    return
  }
  handler(req, res)
})
const port = Number(process.env.PORT ?? 8080)
const host = settings.host
server.listen(port, host, () => {
  if (process.env.ASTRO_NODE_LOGGING !== 'disabled') console.log(`Site server listening on http://${host}:${port}`)
})
