/**
 * `npm start`: the whole product on one machine with no server to set up. On first run it writes a
 * development .env (secret and admin login, printed once); then it checks that no earlier instance
 * runs and the ports are free, migrates the database (embedded SQLite unless DATABASE_URL says
 * otherwise), seeds it if it is empty, creates the admin if there is none, builds the admin if its
 * sources changed, serves the CMS, builds the static site from it and serves the site.
 *
 * It is also the product's supervisor. The site is served from this process (a cluster worker), so
 * it keeps serving the live build whatever happens to the CMS server, which runs as a child and is
 * restarted with a growing pause when it dies. When a server keeps crashing, or this process's own
 * parent is killed, it stops everything and exits with status 1, never silently 0. Every Node
 * process it starts ends with it, even when it is killed with SIGKILL (exitWithParent.ts).
 */
import path from 'node:path'
import { bootstrapDatabase } from '../cms/bootstrap'
import { loadEnv } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { localAddress, type Settings, settingsFrom } from '../shared/settings'
import { CmsProcess } from './lib/cmsProcess'
import { ensureDevEnv, envFile } from './lib/devEnv'
import { forgetInstance, recordInstance, startUpProblem } from './lib/instance'
import { recoverInterruptedUpdates } from './lib/interruptedUpdates'
import { ensureCmsBuilt } from './lib/nextBuild'
import { openCms } from './lib/openCms'
import { watchParent } from './lib/parentWatch'
import { maxRestartsFromEnv } from './lib/restartPolicy'
import { buildSite, stopKeptRenderer } from './lib/siteBuild'
import { SiteServer } from './lib/siteServer'
import { type SiteUpdater, startSiteUpdater } from './lib/siteUpdater'

const created = ensureDevEnv()
if (created) {
  console.log(`\nCreated ${envFile} with a generated PAYLOAD_SECRET and a development admin:`)
  console.log(`  email:    ${created.ADMIN_EMAIL}\n  password: ${created.ADMIN_PASSWORD}`)
  console.log('This is printed once; the values stay in .env (not committed).\n')
}
loadEnv()

let configured: Settings
let maxRestarts: number
try {
  configured = settingsFrom(process.env)
  maxRestarts = maxRestartsFromEnv()
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const { cmsPort: port, sitePort, host, siteUrl } = configured

// before anything slow: a taken port or a running instance stops start-up here, not minutes later
const problem = await startUpProblem([
  { port, host, what: 'the CMS', variable: 'PORT' },
  { port: sitePort, host, what: 'the site', variable: 'SITE_PORT' },
]).catch((error: Error) => `Cannot check the ports: ${error.message}`)
if (problem) {
  console.error(`npm start cannot start: ${problem}`)
  process.exit(1)
}
const instance = { pid: process.pid, cmsPort: port, sitePort, startedAt: new Date().toISOString() }
recordInstance(instance)
process.on('exit', forgetInstance)

// every Node process started from here on (CMS server, site builds) stops when its parent is gone
const preload = path.join(projectRoot(), 'scripts/lib/exitWithParent.ts')
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${JSON.stringify(preload)}`].filter(Boolean).join(' ')

let cms: CmsProcess | undefined
let site: SiteServer | undefined
let updater: SiteUpdater | undefined
let stopping: Promise<never> | undefined
/**
 * Stops the servers and exits; status 0 only for a requested stop (a signal), 1 for any failure. The
 * first reason wins: a Ctrl-C or SIGTERM reaches npm too, which then ends, and that must not turn a
 * requested stop into a failure.
 */
function stopAll(code: number, why: string): Promise<never> {
  stopping ??= (async () => {
    ;(code === 0 ? console.log : console.error)(`\n${why}`)
    // the updater's build, if one runs, ends with this process; the next start builds its changes again
    await Promise.allSettled([cms?.stop(), site?.stop(), stopKeptRenderer()])
    process.exit(code)
  })()
  return stopping
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void stopAll(0, `Stopping (${signal}).`))
}
watchParent(
  (parentPid) => void stopAll(1, `The process that started npm start (pid ${parentPid}) has ended; stopping.`),
)

const payload = await openCms()
const { seeded, adminCreated } = await bootstrapDatabase(payload)
if (seeded) console.log(`Seeded the empty database: ${seeded.created.length} documents from content-seed/.`)
if (adminCreated) console.log(`Created the admin user ${adminCreated}.`)
// this process keeps a Local API handle: the site updater below reads the queue through it
const interrupted = await recoverInterruptedUpdates(payload)
if (interrupted.length > 0) {
  console.log(
    `${interrupted.length} site update(s) were interrupted when npm start last stopped; marked failed, and their changes are queued again.`,
  )
}

if (!ensureCmsBuilt()) await stopAll(1, 'The admin could not be built (see above).')

cms = new CmsProcess({
  port,
  host,
  // the CMS links editors to the site (preview, live pages), so it gets the site's address too
  env: { ...process.env, SITE_URL: siteUrl },
  supervision: {
    maxRestarts,
    onGiveUp: (reason) => void stopAll(1, `${reason} Stopping npm start with status 1.`),
    onRestarted: (downSince) => {
      recordInstance({ ...instance, cmsPid: cms?.pid })
      // an update that read from the CMS while it was down failed for that alone: build it again
      updater?.buildAgainFailedSince(downSince)
    },
  },
})
try {
  await cms.start()
} catch (error) {
  await stopAll(1, `The CMS server did not start: ${(error as Error).message}`)
}
recordInstance({ ...instance, cmsPid: cms.pid })

console.log(`\nBuilding the site from ${cms.url}...`)
const siteEnv = {
  ...process.env,
  // the site reads the CMS started here, unless CMS_URL says where else
  CMS_URL: process.env.CMS_URL || cms.url,
  SITE_URL: siteUrl,
}
const { ok: built } = await buildSite(siteEnv, { keepRenderer: true })
site = new SiteServer(siteEnv, sitePort, host, {
  maxRestarts,
  onGiveUp: (reason) => void stopAll(1, `${reason} Stopping npm start with status 1.`),
})
const siteServer = site
if (built) await siteServer.start()
else console.error('The site was not built (see above); the CMS keeps running so the problem can be fixed.')
// from now on, publishing in the CMS updates the site (see the "Site updates" collection in the admin)
updater = startSiteUpdater(payload, siteEnv, { onPublished: () => siteServer.restart() })

console.log(`\nCMS admin:  ${cms.url}/admin`)
console.log(`REST API:   ${cms.url}/api/clusters  (GraphQL at /api/graphql)`)
if (built) console.log(`Site:       ${localAddress(host, sitePort)}/`)
console.log(`Log in as ${process.env.ADMIN_EMAIL ?? 'the admin in .env'} with ADMIN_PASSWORD from ${envFile}.\n`)
