/** Real servers for end-to-end tests: the CMS (Next.js + Payload) and the built site (@astrojs/node). */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { migrateDatabase } from '../../../cms/migrate'
import { runSeed } from '../../../cms/seed/runSeed'
import { freePort, waitForHttp } from '../../../scripts/lib/net'
import { nextStartArgs } from '../../../scripts/lib/nextBuild'
import { SiteServer } from '../../../scripts/lib/siteServer'

export { freePort, waitForHttp }

/** A running CMS on a fresh, seeded SQLite database, and a Local API handle on the same database. */
export interface CmsServer {
  url: string
  payload: Payload
  env: NodeJS.ProcessEnv
  stop(): Promise<void>
}

/** Starts the CMS over HTTP on a fresh data directory with the seed loaded. */
export async function startCmsServer(): Promise<CmsServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port) }
  Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URL: '' })
  const { default: config } = await import('../../../cms/payload.config')
  const payload = await getPayload({ config, key: dataDir })
  await migrateDatabase(payload)
  await runSeed(payload)
  const child = spawn(process.execPath, nextStartArgs(port, '127.0.0.1'), {
    env,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/globals/site-settings`, child)
  return {
    url,
    payload,
    env,
    async stop() {
      child.kill('SIGTERM')
      await payload.destroy()
    },
  }
}

/** Serves site/dist with the @astrojs/node standalone server (restartable after a site update). */
export async function startSiteServer(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; server: SiteServer; stop(): Promise<void> }> {
  const port = await freePort()
  const server = new SiteServer(env, String(port), '127.0.0.1')
  await server.start()
  return { url: `http://127.0.0.1:${port}`, server, stop: () => server.stop() }
}
