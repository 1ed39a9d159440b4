/**
 * `npm start`: the whole product on one machine with no server to set up. On first run it writes a
 * development .env (secret and admin login, printed once); then it migrates the database (embedded
 * SQLite unless DATABASE_URL says otherwise), seeds it if it is empty, creates the admin if there is
 * none, builds the admin if its sources changed, serves the CMS, builds the static site from it and
 * serves the site.
 */
import { spawn } from 'node:child_process'
import { bootstrapDatabase } from '../cms/bootstrap'
import { loadEnv } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { ensureDevEnv, envFile } from './lib/devEnv'
import { waitForHttp } from './lib/net'
import { ensureCmsBuilt, nextStartArgs } from './lib/nextBuild'
import { openCms } from './lib/openCms'
import { buildSite } from './lib/siteBuild'
import { SiteServer } from './lib/siteServer'
import { startSiteUpdater } from './lib/siteUpdater'

const created = ensureDevEnv()
if (created) {
  console.log(`\nCreated ${envFile} with a generated PAYLOAD_SECRET and a development admin:`)
  console.log(`  email:    ${created.ADMIN_EMAIL}\n  password: ${created.ADMIN_PASSWORD}`)
  console.log('This is printed once; the values stay in .env (not committed).\n')
}
loadEnv()

const payload = await openCms()
const { seeded, adminCreated } = await bootstrapDatabase(payload)
if (seeded) console.log(`Seeded the empty database: ${seeded.created.length} documents from content-seed/.`)
if (adminCreated) console.log(`Created the admin user ${adminCreated}.`)
// this process keeps a Local API handle: the site updater below reads the queue through it

if (!ensureCmsBuilt()) process.exit(1)

const port = process.env.PORT ?? '3000'
const sitePort = process.env.SITE_PORT ?? '4321'
const cmsUrl = `http://localhost:${port}`
const children: ReturnType<typeof spawn>[] = []
let site: SiteServer | undefined
const stopAll = (code: number) => {
  for (const child of children) child.kill('SIGTERM')
  void site?.stop()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0))

const siteUrl = process.env.SITE_URL || `http://localhost:${sitePort}`
// the CMS links editors to the site (preview, live pages), so it gets the site's address too
const cms = spawn(process.execPath, nextStartArgs(port), {
  cwd: projectRoot(),
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: siteUrl },
})
children.push(cms)
cms.on('exit', (code) => stopAll(code ?? 0))
await waitForHttp(`${cmsUrl}/api/globals/site-settings`)

console.log(`\nBuilding the site from ${cmsUrl}...`)
const siteEnv = {
  ...process.env,
  CMS_URL: process.env.CMS_URL || cmsUrl,
  SITE_URL: siteUrl,
}
const { ok: built } = await buildSite(siteEnv)
site = new SiteServer(siteEnv, sitePort, process.env.HOST ?? 'localhost')
const siteServer = site
if (built) await siteServer.start()
else console.error('The site was not built (see above); the CMS keeps running so the problem can be fixed.')
// from now on, publishing in the CMS updates the site (see the "Site updates" collection in the admin)
const stopUpdater = startSiteUpdater(payload, siteEnv, { onPublished: () => siteServer.restart() })
process.on('exit', () => void stopUpdater())

console.log(`\nCMS admin:  ${cmsUrl}/admin`)
console.log(`REST API:   ${cmsUrl}/api/clusters  (GraphQL at /api/graphql)`)
if (built) console.log(`Site:       http://localhost:${sitePort}/`)
console.log(`Log in as ${process.env.ADMIN_EMAIL ?? 'the admin in .env'} with ADMIN_PASSWORD from ${envFile}.\n`)
