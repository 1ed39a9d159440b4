import cluster, { type Worker } from 'node:cluster'
import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'
import { RETIRE_MESSAGE } from '../../shared/formats/siteServerMessages'
import { howItEnded, RestartPolicy } from './restartPolicy'
import { SNAPSHOT } from './siteBuild/liveBuild'

/**
 * The @astrojs/node server for the live build, run as a cluster worker of this process. After a site
 * update the server is replaced: a new worker starts on the same port (the cluster shares it) running
 * the new build, and only once it listens is the old one told to finish its requests and stop. Readers
 * never meet a closed port, and each worker serves one build, code and pages alike.
 */
export class SiteServer {
  private worker: Worker | undefined
  private stopping = false
  private readonly policy: RestartPolicy

  /**
   * A server that dies on its own (not replaced or stopped) is started again after a growing pause;
   * after `maxRestarts` crashes in a row `onGiveUp` is told, so `npm start` can exit with a failure.
   */
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly port: string,
    private readonly host = 'localhost',
    private readonly supervision: { maxRestarts: number; onGiveUp: (reason: string) => void } = {
      maxRestarts: 5,
      onGiveUp: (reason) => console.error(reason),
    },
  ) {
    this.policy = new RestartPolicy(supervision.maxRestarts)
  }

  /** Starts the server and resolves once it listens. */
  async start(): Promise<void> {
    this.worker = await this.fork()
  }

  /** Replaces the server with one running the current build, without a moment of downtime. */
  async restart(): Promise<void> {
    const old = this.worker
    this.worker = await this.fork()
    // not awaited: the old server may take seconds to let its last connections go, and the updater
    // that asked for this restart need not wait for that
    if (old) void retire(old)
  }

  /** Stops the server, letting requests in flight finish. */
  async stop(): Promise<void> {
    this.stopping = true
    if (this.worker) await retire(this.worker)
    this.worker = undefined
  }

  private fork(): Promise<Worker> {
    // the worker runs the build site/dist points at now, from that build's own folder, which stays in
    // place after the next update repoints site/dist, so an older worker never loses its files
    const build = realpathSync(path.join(projectRoot(), 'site/dist'))
    cluster.setupPrimary({ exec: path.join(build, 'server/entry.mjs'), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    // the draft preview renders a draft among the content this build was made from: its snapshot, which
    // every site update writes, not what Astro's content layer held at the last full build (a build
    // made by `astro build` alone has no snapshot and keeps its content layer)
    const snapshot = path.join(build, SNAPSHOT)
    const content = existsSync(snapshot) ? { SITE_CONTENT_FILE: snapshot } : {}
    const worker = cluster.fork({ ...this.env, ...content, PORT: this.port, HOST: this.host })
    // A message to a worker that has just died (ours, or the cluster's own, such as the one disconnect()
    // sends) fails with EPIPE, emitted here; unheard, it would end this supervisor. The worker's exit,
    // seen below, is what reports and recovers a dead worker.
    worker.on('error', () => {})
    const startedAt = Date.now()
    return new Promise((resolve, reject) => {
      worker.once('listening', () => {
        worker.once('exit', (code, signal) => {
          // a worker replaced by restart() or stopped is no longer this.worker, or we are stopping
          if (worker === this.worker && !this.stopping) void this.recover(worker, code, signal, Date.now() - startedAt)
        })
        resolve(worker)
      })
      worker.once('exit', (code) => reject(new Error(`the site server exited with ${code} before listening`)))
    })
  }

  private async recover(dead: Worker, code: number | null, signal: string | null, ranMs: number): Promise<void> {
    const ended = `The site server (pid ${dead.process.pid}) ${howItEnded(code, signal as NodeJS.Signals | null)}`
    for (let ran = ranMs; this.worker === dead && !this.stopping; ran = 0) {
      const next = this.policy.afterCrash(ran)
      if (!next) {
        this.supervision.onGiveUp(`${ended}; it crashed ${this.policy.crashesInARow} times in a row.`)
        return
      }
      console.error(`${ended}; restarting it in ${next.delayMs / 1000} s (restart ${next.restart}).`)
      await new Promise((r) => setTimeout(r, next.delayMs))
      // a site update may have started a new server meanwhile
      if (this.worker !== dead || this.stopping) return
      try {
        this.worker = await this.fork()
        console.log(`The site server is back (pid ${this.worker.process.pid}).`)
        return
      } catch (error) {
        console.error(`The site server did not come back: ${(error as Error).message}`)
      }
    }
  }
}

/**
 * Stops a worker gracefully: it answers what still comes on its open connections with
 * `Connection: close`, so clients move to new connections (served by the new worker) instead of
 * keeping one to the old worker until it is killed under them; it takes no new connections; idle
 * kept-alive connections end by the server's own 5 s keep-alive timeout, which clients expect (the
 * worker keeps `disconnect()` from cutting them at once; see the entrypoint). Killed after 15 s at most.
 */
export function retire(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => worker.kill('SIGKILL'), 15_000)
    worker.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    // A worker in npm start's process group gets a Ctrl-C or SIGTERM too, and may be ending on its own:
    // its channel closes a moment before its exit is seen, so the send finds it closed
    // (ERR_IPC_CHANNEL_CLOSED) or meets a process that is gone (EPIPE, seen in CI). Either way the
    // worker is past being told anything; its exit, or the timer above, ends the wait. The callback
    // keeps such a failure from being thrown as an 'error' that would end this supervisor with status 1
    // in the middle of a clean stop.
    if (!worker.isConnected()) return
    // and the cluster's own message in disconnect() fails the same way, as an 'error' event
    worker.on('error', () => {})
    worker.send(RETIRE_MESSAGE, () => {})
    worker.disconnect()
  })
}
