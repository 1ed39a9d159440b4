/**
 * Retiring a site server worker that is already gone. `npm start`'s Ctrl-C or SIGTERM reaches its whole
 * process group, so the worker may die just before the supervisor tells it to retire: the channel still
 * looks open, and the message meets a closed pipe (EPIPE). That must end the wait cleanly, never crash
 * the supervisor (CI once saw `npm start` end with status 1 after SIGTERM this way).
 */
import cluster, { type Worker } from 'node:cluster'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { retire } from '../../scripts/lib/siteServer'

const folder = mkdtempSync(path.join(tmpdir(), 'retire-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A worker kept up by its IPC channel alone: it ends when the channel closes, or when killed. */
async function idleWorker(): Promise<Worker> {
  const script = path.join(folder, 'idle-worker.mjs')
  writeFileSync(script, "process.on('message', () => {})\n")
  cluster.setupPrimary({ exec: script, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const worker = cluster.fork()
  await new Promise((resolve) => worker.once('online', resolve))
  return worker
}

/**
 * Waits until the killed worker is gone for good: a zombie whose threads have all ended, so its end of
 * the channel is closed (the main thread turns zombie while other threads may still hold it open). Read
 * in a blocking loop, so this process's event loop never runs and cannot notice the closed channel first.
 */
function waitUntilDead(pid: number): void {
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // the state follows the command name, which is in parentheses and may itself hold spaces
    const zombie = stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
    if (zombie && readdirSync(`/proc/${pid}/task`).length === 1) return
  }
  throw new Error(`worker ${pid} did not die within 30 s of SIGKILL`)
}

describe('retiring a site server worker', () => {
  it('ends cleanly when the worker died a moment before it was told to retire', async () => {
    const worker = await idleWorker()
    const pid = worker.process.pid as number
    const uncaught: Error[] = []
    const listener = (error: Error) => uncaught.push(error)
    process.on('uncaughtException', listener)
    try {
      process.kill(pid, 'SIGKILL')
      waitUntilDead(pid)
      // the channel has not been seen to close yet: the case the supervisor met in CI
      expect(worker.isConnected()).toBe(true)
      await retire(worker)
      // a failed send reports on the next ticks; give them a turn before looking
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('uncaughtException', listener)
    }
    expect(uncaught.map((error) => error.message)).toEqual([])
    expect(worker.isDead()).toBe(true)
  }, 60_000)

  it('retires a live worker: it leaves on its own once told to, without being killed', async () => {
    const worker = await idleWorker()
    const exit = new Promise<[number | null, string | null]>((resolve) =>
      worker.once('exit', (code, signal) => resolve([code, signal])),
    )
    await retire(worker)
    expect(worker.isDead()).toBe(true)
    expect(await exit).toEqual([0, null])
  }, 60_000)
})
