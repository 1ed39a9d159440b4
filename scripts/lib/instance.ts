/**
 * One `npm start` per checkout, and a clear word when it cannot start. Two instances would share the
 * database, site/builds and the ports; a port taken by another program would otherwise surface as
 * EADDRINUSE from deep inside a server, after minutes of building. So start-up first checks, in a
 * second or two, that no earlier instance still runs here and that both ports are free, and stops
 * at once with a message naming the port and what holds it when that can be told.
 */

import { lookup } from 'node:dns/promises'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

/** What the running instance records about itself, in .npm-start.json at the project root. */
export interface InstanceRecord {
  pid: number
  /** The CMS server child, which holds the CMS port. */
  cmsPid?: number
  cmsPort: string
  sitePort: string
  startedAt: string
}

/** A port `npm start` needs, and the variable that sets it. */
export interface WantedPort {
  port: string
  host: string
  what: string
  variable: string
}

export const instanceFile = () => path.join(projectRoot(), '.npm-start.json')

export function readInstance(): InstanceRecord | undefined {
  try {
    return JSON.parse(readFileSync(instanceFile(), 'utf8')) as InstanceRecord
  } catch {
    return undefined
  }
}

/** Records this process as the running instance (again, with the CMS server's pid once known). */
export function recordInstance(record: InstanceRecord): void {
  writeFileSync(instanceFile(), `${JSON.stringify(record, null, 2)}\n`)
}

/** Removes the record if it is this process's. */
export function forgetInstance(): void {
  if (readInstance()?.pid === process.pid) rmSync(instanceFile(), { force: true })
}

/** Whether a pid belongs to a running Node process (a reused pid of another program does not count). */
function isRunningNode(pid: number | undefined): boolean {
  if (!pid || pid === process.pid) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const cmdline = `/proc/${pid}/cmdline`
  return !existsSync('/proc/self') || (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('node'))
}

/**
 * Why `npm start` cannot start here, or null when it can. Waits a few seconds for an orphaned CMS
 * server of a killed instance, which notices and stops by itself within a second or two.
 */
export async function startUpProblem(ports: WantedPort[]): Promise<string | null> {
  const earlier = readInstance()
  if (earlier && isRunningNode(earlier.pid)) {
    return (
      `An earlier npm start (pid ${earlier.pid}, started ${earlier.startedAt}) still runs in ${projectRoot()}, ` +
      `with the CMS on port ${earlier.cmsPort} and the site on port ${earlier.sitePort}. ` +
      `Use it, or stop it first: kill ${earlier.pid}`
    )
  }
  if (earlier && isRunningNode(earlier.cmsPid)) {
    for (let i = 0; i < 24 && isRunningNode(earlier.cmsPid); i++) await new Promise((r) => setTimeout(r, 250))
    if (isRunningNode(earlier.cmsPid)) {
      return (
        `The CMS server of an earlier npm start (pid ${earlier.cmsPid}) still runs although that npm start ` +
        `(pid ${earlier.pid}) has ended, and holds port ${earlier.cmsPort}. Stop it: kill ${earlier.cmsPid}`
      )
    }
  }
  for (const wanted of ports) {
    const taken = await portTaken(wanted.port, wanted.host)
    if (taken) {
      return (
        `Port ${wanted.port} (${wanted.what}) is already in use on ${taken}, by another program. ` +
        `Stop that program, or choose another port: ${wanted.variable}=<port> npm start`
      )
    }
  }
  return null
}

/** The address on which the port is already taken, if it is: every address `host` names is tried. */
async function portTaken(port: string, host: string): Promise<string | undefined> {
  const addresses = await lookup(host, { all: true })
  for (const { address } of addresses) {
    const inUse = await new Promise<boolean>((resolve, reject) => {
      const server = createServer()
      server.once('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EADDRINUSE' ? resolve(true) : reject(error),
      )
      server.listen(Number(port), address, () => server.close(() => resolve(false)))
    })
    if (inUse) return `${host} (${address})`
  }
  return undefined
}
