/**
 * `npm start` as the product's supervisor, tried the way an operator meets it: real processes, real
 * ports, real signals. A taken port stops start-up at once; `kill -9` of the CMS server in the middle
 * of a site update leaves the site serving and the CMS restarted; a CMS that keeps crashing ends
 * `npm start` with status 1; `kill -9` of `npm start` itself leaves no process behind, and the next
 * start marks the cut-short update interrupted and builds its change again.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveBuild } from '../../scripts/lib/siteBuild/liveBuild'
import { pendingPages } from '../../scripts/lib/siteBuild/searchOverlay'
import { eventually, isAlive, listening, type NpmStart, npmStart, runningPids, testAdmin } from './support/npmStart'
import { freePort } from './support/servers'

let port: number
let sitePort: number
const started: NpmStart[] = []

const cmsBase = () => `http://127.0.0.1:${port}`
const siteBase = () => `http://127.0.0.1:${sitePort}`

/** A data folder of its own for each scenario, so none starts from what another left behind. */
const newDataDir = () => mkdtempSync(path.join(tmpdir(), 'cms-supervision-'))

function start(dataDir: string, env: Record<string, string> = {}): NpmStart {
  const instance = npmStart({ port, sitePort, dataDir, env })
  started.push(instance)
  return instance
}

/** Stops an `npm start` that is still running (SIGTERM to its process group) and waits for both ports to be free. */
async function stopAndFreePorts(instance: NpmStart | undefined): Promise<void> {
  const { child } = instance ?? {}
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    process.kill(-child.pid, 'SIGTERM')
    await instance?.exited
  }
  await eventually(async () => !(await listening(port)) && !(await listening(sitePort)), 60, 'both ports free')
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${cmsBase()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(testAdmin),
  })
  return (await response.json()).token
}

async function api(token: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`${cmsBase()}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** Publishes a new English name for the seeded LTPP cluster, which queues a site update. */
async function renameCluster(token: string, name: string): Promise<void> {
  const found = await api(token, 'GET', '/api/clusters?where[seedKey][equals]=ltpp-cluster&depth=0')
  const { status } = await api(token, 'PATCH', `/api/clusters/${found.body.docs[0].id}?locale=en`, {
    name,
    _status: 'published',
  })
  expect(status).toBe(200)
}

/** Waits for the site update that the last publish queued to be running, and returns its id. */
async function runningUpdate(token: string): Promise<number> {
  let id: number | undefined
  await eventually(
    async () => {
      const { body } = await api(token, 'GET', '/api/site-updates?where[status][equals]=running&depth=0')
      id = body.docs?.[0]?.id
      return id !== undefined
    },
    120,
    'a site update running',
  )
  return id!
}

/** The pids of a process's children (Linux). */
function childPids(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
}

/** A process's command line, or '' once it has ended. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

/** The live site's heading of the LTPP cluster's English page. */
async function clusterHeading(): Promise<string> {
  const response = await fetch(`${siteBase()}/en/clusters/ltpp-cluster/`)
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? `HTTP ${response.status}`
}

beforeAll(async () => {
  port = await freePort()
  sitePort = await freePort()
})

afterAll(async () => {
  for (const instance of started) {
    if (instance.child.exitCode === null && instance.child.signalCode === null && instance.child.pid) {
      process.kill(-instance.child.pid, 'SIGTERM')
      await instance.exited
    }
  }
})

describe('start-up checks', () => {
  let squatter: Server

  afterAll(() => squatter?.close())

  it('stops at once with a message naming the port when the CMS port is taken', async () => {
    squatter = createServer().listen(port, '127.0.0.1')
    await new Promise((r) => squatter.once('listening', r))
    const product = start(newDataDir())
    expect(await product.exited).toBe(1)
    expect(product.output()).toContain(`Port ${port} (the CMS) is already in use on 127.0.0.1`)
    expect(product.output()).toContain('PORT=<port> npm start')
    // nothing slow happened first: no migration, seed or build
    expect(product.output()).not.toMatch(/Seeded|Building/)
    squatter.close()
  })
})

describe('kill -9 of the CMS server during a site update', () => {
  let product: NpmStart
  let token: string
  let cmsPid: number
  let interruptedId: number
  let killedAt: number
  const answers: number[] = []

  beforeAll(async () => {
    product = start(newDataDir(), { CMS_RESTARTS: '1' })
    await product.printed('Log in as')
    token = await adminToken()
    cmsPid = runningPids().cms
    await renameCluster(token, 'LTPP Cluster (during a crash)')
    interruptedId = await runningUpdate(token)
    killedAt = Date.now()
    process.kill(cmsPid, 'SIGKILL')
    // the site is asked all the while the CMS is down and coming back
    const asking = (async () => {
      while (!product.output().includes('The CMS server is back')) {
        answers.push((await fetch(`${siteBase()}/pl/`)).status)
        await new Promise((r) => setTimeout(r, 100))
      }
    })()
    await product.printed('The CMS server is back', 180)
    await asking
  }, 900_000)

  afterAll(() => stopAndFreePorts(product), 120_000)

  it('logs the crash and the restart, and keeps npm start running', () => {
    expect(product.output()).toContain(
      `The CMS server (pid ${cmsPid}) was killed by SIGKILL; restarting it in 1 s (restart 1 of at most 1 in a row)`,
    )
    expect(product.child.exitCode).toBeNull()
    expect(runningPids().cms).not.toBe(cmsPid)
    expect(isAlive(runningPids().cms)).toBe(true)
  })

  it('keeps the site answering while the CMS is down', () => {
    expect(answers.length).toBeGreaterThan(0)
    expect(answers.every((status) => status === 200)).toBe(true)
  })

  it('finishes the interrupted update and gets its change live', async () => {
    await eventually(async () => (await clusterHeading()) === 'LTPP Cluster (during a crash)', 180, 'the change live')
    // the pages go live before the update has saved its snapshot and recorded its end, so wait for that end
    let body: { status: string; finishedAt: string; startedAt: string } = { status: '', finishedAt: '', startedAt: '' }
    await eventually(
      async () => {
        body = (await api(token, 'GET', `/api/site-updates/${interruptedId}?depth=0`)).body
        return body.status !== 'running' && body.status !== 'queued'
      },
      120,
      'the interrupted update ended',
    )
    expect(['succeeded', 'failed']).toContain(body.status)
    // it ended after the crash it ran into, not before
    expect(Date.parse(body.finishedAt)).toBeGreaterThanOrEqual(killedAt)
    expect(Date.parse(body.finishedAt)).toBeGreaterThanOrEqual(Date.parse(body.startedAt))
  })
})

describe('a CMS server that keeps crashing', () => {
  let product: NpmStart

  afterAll(() => stopAndFreePorts(product), 120_000)

  it('ends npm start with status 1, leaving no process behind', async () => {
    // one restart allowed, so the second crash ends npm start
    product = start(newDataDir(), { CMS_RESTARTS: '1' })
    await product.printed('Log in as')
    process.kill(runningPids().cms, 'SIGKILL')
    await product.printed('The CMS server is back', 180)
    process.kill(runningPids().cms, 'SIGKILL')
    expect(await product.exited).toBe(1)
    expect(product.output()).toMatch(/crashed 2 times in a row, more than the 1 restarts CMS_RESTARTS allows/)
    expect(product.output()).toContain('Stopping npm start with status 1.')
    expect(await listening(sitePort)).toBe(false)
    expect(await listening(port)).toBe(false)
  }, 900_000)
})

describe('kill -9 of npm start itself during a site update', () => {
  const dataDir = newDataDir()
  let pids: { start: number; cms: number }
  let interruptedId: number
  let killedAt: number

  beforeAll(async () => {
    const product = start(dataDir)
    await product.printed('Log in as')
    const token = await adminToken()
    pids = runningPids()
    await renameCluster(token, 'LTPP Cluster (before a kill)')
    interruptedId = await runningUpdate(token)
    killedAt = Date.now()
    process.kill(pids.start, 'SIGKILL')
    await product.exited
  }, 900_000)

  it('leaves no CMS server or site server behind, and frees both ports', async () => {
    await eventually(() => !isAlive(pids.cms), 30, `the CMS server (pid ${pids.cms}) to end`)
    await eventually(async () => !(await listening(port)) && !(await listening(sitePort)), 30, 'both ports free')
  })

  describe('the next npm start on the same data', () => {
    let next: NpmStart

    beforeAll(async () => {
      // whatever the test above found, the ports must be free before starting again on them
      await eventually(() => !isAlive(pids.cms), 60, `the CMS server (pid ${pids.cms}) to end`)
      await stopAndFreePorts(undefined)
      next = start(dataDir)
      await next.printed('Log in as')
    }, 900_000)

    afterAll(() => stopAndFreePorts(next), 120_000)

    it('starts again on the same ports, marks the update interrupted and builds its change again', async () => {
      expect(next.output()).toContain('1 site update(s) were interrupted when npm start last stopped')
      const token = await adminToken()
      const interrupted = await api(token, 'GET', `/api/site-updates/${interruptedId}?depth=0`)
      expect(interrupted.body).toMatchObject({ status: 'failed' })
      expect(interrupted.body.log).toMatch(/^Interrupted: npm start stopped while this update was running/)
      // marked by the next start, after the kill
      expect(Date.parse(interrupted.body.finishedAt)).toBeGreaterThan(killedAt)
      const again = await api(
        token,
        'GET',
        `/api/site-updates?where[reasons][contains]=${encodeURIComponent(`Again (update ${interruptedId} interrupted)`)}&depth=0`,
      )
      expect(again.body.docs).toHaveLength(1)
      await eventually(
        async () =>
          (await api(token, 'GET', `/api/site-updates/${again.body.docs[0].id}?depth=0`)).body.status === 'succeeded',
        180,
        'the queued-again update to succeed',
      )
      expect(await clusterHeading()).toBe('LTPP Cluster (before a kill)')
    })

    it('restarts the site server when it dies', async () => {
      // the change built again is live first, so the page below is the one the new server must serve
      await eventually(async () => (await clusterHeading()) === 'LTPP Cluster (before a kill)', 180, 'the change live')
      const { start } = runningPids()
      const siteServers = () => childPids(start).filter((pid) => commandLine(pid).includes('entry.mjs'))
      // the updater brings the search up to date once idle (an overlay, then a full index, each followed
      // by a new server), and a server replaced lets its connections go for up to 15 s before it ends: the
      // server killed below must be the one that stays, the only one, running the live build
      const settled = () => {
        const live = liveBuild(path.resolve('site'))
        const servers = siteServers()
        return (
          live?.manifest?.search === 'current' &&
          pendingPages(live.dir).length === 0 &&
          servers.length === 1 &&
          commandLine(servers[0]).includes(live.dir)
        )
      }
      await eventually(settled, 240, 'the search caught up, and one site server running the live build')
      const [worker] = siteServers()
      process.kill(worker!, 'SIGKILL')
      await next.printed(`The site server (pid ${worker}) was killed by SIGKILL; restarting it in 1 s`, 60)
      await next.printed('The site server is back', 120)
      expect(await clusterHeading()).toBe('LTPP Cluster (before a kill)')
    }, 600_000)

    it('refuses a second npm start while one runs, naming the running one', async () => {
      const second = start(dataDir)
      expect(await second.exited).toBe(1)
      expect(second.output()).toContain(`An earlier npm start (pid ${runningPids().start}`)
      expect(second.output()).not.toMatch(/Seeded|Building/)
      // the running one is untouched
      expect(await listening(sitePort)).toBe(true)
    })
  })
})

describe('kill -9 of npm', () => {
  it('stops everything when npm itself is killed with SIGKILL', async () => {
    const product = start(newDataDir())
    await product.printed('Log in as')
    const pids = runningPids()
    process.kill(product.child.pid!, 'SIGKILL')
    await eventually(() => !isAlive(pids.start) && !isAlive(pids.cms), 30, 'npm start and its CMS server to end')
    await eventually(async () => !(await listening(port)) && !(await listening(sitePort)), 30, 'both ports free')
  }, 900_000)
})
