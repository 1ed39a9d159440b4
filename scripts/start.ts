/**
 * `npm start`: the whole product on one machine with no server to set up. On first run it writes a
 * development .env (secret and admin login, printed once); then it migrates the database (embedded
 * SQLite unless DATABASE_URL says otherwise), seeds it if it is empty, creates the admin if there is
 * none, builds the admin if its sources changed, and serves the CMS.
 */
import { spawn, spawnSync } from 'node:child_process'
import { bootstrapDatabase } from '../cms/bootstrap'
import { loadEnv } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { ensureDevEnv, envFile } from './lib/devEnv'
import { cmsBuildIsCurrent, cmsSourceHash, markCmsBuilt } from './lib/nextBuild'
import { openCms } from './lib/openCms'

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
await payload.destroy()

const next = (args: string[]) => ['node_modules/next/dist/bin/next', ...args]
const hash = cmsSourceHash()
if (!cmsBuildIsCurrent(hash)) {
  console.log('Building the admin (first run or changed sources; about a minute)...')
  const build = spawnSync(process.execPath, next(['build', 'cms']), { cwd: projectRoot, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  markCmsBuilt(hash)
}

const port = process.env.PORT ?? '3000'
const server = spawn(process.execPath, next(['start', 'cms', '--port', port]), {
  cwd: projectRoot,
  stdio: ['inherit', 'pipe', 'inherit'],
})
server.stdout.pipe(process.stdout)
server.stdout.once('data', () => {
  console.log(`\nCMS admin:  http://localhost:${port}/admin`)
  console.log(`REST API:   http://localhost:${port}/api/clusters  (GraphQL at /api/graphql)`)
  console.log(`Log in as ${process.env.ADMIN_EMAIL ?? 'the admin in .env'} with ADMIN_PASSWORD from ${envFile}.\n`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
