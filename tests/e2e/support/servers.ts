/** Real servers for end-to-end tests: the CMS (Next.js + Payload) and the built site (@astrojs/node). */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { migrateDatabase } from '../../../cms/migrate'
import type { User } from '../../../cms/payload-types'
import { runSeed } from '../../../cms/seed/runSeed'
import { serveCms } from '../../../scripts/lib/cmsProcess'
import { freePort, waitForHttp } from '../../../scripts/lib/net'
import { SiteServer } from '../../../scripts/lib/siteServer'

export { freePort, waitForHttp }

/** A running CMS on a fresh, seeded SQLite database, and a Local API handle on the same database. */
export interface CmsServer {
  url: string
  payload: Payload
  env: NodeJS.ProcessEnv
  stop(): Promise<void>
}

/** An account a test signs in with. */
export type TestUser = Pick<User, 'email' | 'role' | 'name' | 'assignedLocales'> & { password: string }

/** Starts the CMS over HTTP on a fresh data directory with the seed loaded and the test's accounts. */
export async function startCmsServer({ users = [] }: { users?: TestUser[] } = {}): Promise<CmsServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cms-e2e-'))
  Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URL: '' })
  const { default: config } = await import('../../../cms/payload.config')
  const payload = await getPayload({ config, key: dataDir })
  await migrateDatabase(payload)
  await runSeed(payload)
  for (const user of users) await payload.create({ collection: 'users', data: user })
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
  const cms = await serveCms(env)
  return {
    url: cms.url,
    payload,
    // what the server runs with, its PORT included (the admin's origins follow from it)
    env: { ...env, PORT: new URL(cms.url).port },
    async stop() {
      await cms.stop()
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
