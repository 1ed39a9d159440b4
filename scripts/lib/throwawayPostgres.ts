/**
 * A real, throwaway PostgreSQL server from Debian's `postgresql` package: a temporary data directory,
 * a free loopback port, trust authentication, no fsync. For tests and benchmarks; stopped and deleted
 * by the returned function.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from './net'

/** A running server's admin URL and how to stop it. */
export interface ThrowawayPostgres {
  adminUrl: string
  stop(): void
}

export interface ThrowawayPostgresOptions {
  /**
   * Whether autovacuum runs (default true, as on any server). Off, nothing but the clients writes: the
   * server's transaction snapshot, which the CMS's content version includes (cms/contentVersion.ts),
   * then moves only with their writes. On, autovacuum's first pass over a new server's catalogs took 11
   * transaction ids 60–90 s after start on an idle server, and each freshly loaded database took more.
   */
  autovacuum?: boolean
}

/** Starts the server; throws with what to install when PostgreSQL is missing. */
export async function startThrowawayPostgres({
  autovacuum = true,
}: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin()
  const dir = mkdtempSync(path.join(tmpdir(), 'cms-pg-'))
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  // PostgreSQL refuses to run as root; Debian's package creates the `postgres` user for this.
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
    execFileSync(file, argv, { stdio: 'pipe' })
  }
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim())
    chownSync(dir, id('-u'), id('-g'))
  }
  const data = path.join(dir, 'data')
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'])
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${autovacuum ? '' : ' -c autovacuum=off'}`,
  ])
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const ctl = path.join(bin, 'pg_ctl')
      spawnSync(asRoot ? 'runuser' : ctl, [
        ...(asRoot ? ['-u', 'postgres', '--', ctl] : []),
        '-D',
        data,
        '-m',
        'immediate',
        '-w',
        'stop',
      ])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((v) => path.join(root, v, 'bin')).find((b) => existsSync(path.join(b, 'initdb')))
  if (!found) {
    throw new Error(
      "PostgreSQL is not installed. Install Debian's package (`apt-get install -y postgresql`; `npm test` does this itself when run as root) or set TEST_POSTGRES_URL.",
    )
  }
  return found
}
