import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

const cmsDir = () => path.join(projectRoot(), 'cms')
const stampFile = () => path.join(cmsDir(), '.next', 'source-hash')

/** A hash of everything the admin build depends on: cms/ and shared/ sources, the lockfile and the dependency patches. */
export function cmsSourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      // next-env.d.ts is written by `next build` itself: hashed, it would make every first build stale
      if (name === '.next' || name === 'node_modules' || name === 'next-env.d.ts') continue
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else hash.update(file).update(readFileSync(file))
    }
  }
  walk(cmsDir())
  // what both sides read (settings, the content model), bundled into the admin too
  walk(path.join(projectRoot(), 'shared'))
  hash.update(readFileSync(path.join(projectRoot(), 'package-lock.json')))
  // the fixes `npm install` applies to dependencies (patches/README.md)
  walk(path.join(projectRoot(), 'patches'))
  return hash.digest('hex')
}

/** True when cms/.next holds a production build of the current sources. */
export function cmsBuildIsCurrent(hash = cmsSourceHash()): boolean {
  return (
    existsSync(path.join(cmsDir(), '.next', 'BUILD_ID')) &&
    existsSync(stampFile()) &&
    readFileSync(stampFile(), 'utf8') === hash
  )
}

/** Records that cms/.next was built from sources with this hash. */
export function markCmsBuilt(hash: string): void {
  writeFileSync(stampFile(), hash)
}

/**
 * Builds the admin (next build cms) when its sources changed since the last build, and records the
 * new hash; returns false, having printed the build's output, if the build failed.
 */
export function ensureCmsBuilt(env: NodeJS.ProcessEnv = process.env): boolean {
  const hash = cmsSourceHash()
  if (cmsBuildIsCurrent(hash)) return true
  console.log('Building the admin (first run or changed sources; about a minute)...')
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'cms'], {
    cwd: projectRoot(),
    stdio: 'inherit',
    env,
  })
  if (build.status !== 0) return false
  markCmsBuilt(hash)
  return true
}

/**
 * How long the CMS server keeps an idle kept-alive connection: 65 s instead of Node's 5 s. A SQLite
 * query runs synchronously on the server's one thread, so under a burst of heavy reads the event loop
 * can stall for seconds; Node's 5-second idle timer then fires late, after the client has already sent
 * its next request on that connection, and the server closes it under the request (ECONNRESET). With
 * the benchmark's 8 concurrent reads on an unindexed 10,000-document database, about three requests in
 * ten failed that way; with 65 s, none did.
 */
const KEEP_ALIVE_MS = 65_000

/**
 * The arguments that run the built admin and API (`next start cms`) on a port and address, under
 * `process.execPath`. The address matters: Next listens on every interface unless told otherwise, and
 * the CMS should be reachable from outside only when HOST says so.
 */
export function nextStartArgs(port: number | string, host: string): string[] {
  return [
    'node_modules/next/dist/bin/next',
    'start',
    'cms',
    '--port',
    String(port),
    '--hostname',
    host,
    '--keepAliveTimeout',
    String(KEEP_ALIVE_MS),
  ]
}
