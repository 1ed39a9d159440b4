import cluster, { type Worker } from 'node:cluster'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

/**
 * The @astrojs/node server for the live build, run as a cluster worker of this process. After a site
 * update the server is replaced: a new worker starts on the same port (the cluster shares it) running
 * the new build, and only once it listens is the old one told to finish its requests and stop. Readers
 * never meet a closed port, and each worker serves one build, code and pages alike.
 */
export class SiteServer {
  private worker: Worker | undefined

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly port: string,
    private readonly host = 'localhost',
  ) {}

  /** Starts the server and resolves once it listens. */
  async start(): Promise<void> {
    this.worker = await this.fork()
  }

  /** Replaces the server with one running the current build, without a moment of downtime. */
  async restart(): Promise<void> {
    const old = this.worker
    this.worker = await this.fork()
    if (old) await retire(old)
  }

  /** Stops the server, letting requests in flight finish. */
  async stop(): Promise<void> {
    if (this.worker) await retire(this.worker)
    this.worker = undefined
  }

  private fork(): Promise<Worker> {
    // the worker runs the build site/dist points at now, from that build's own folder, which stays in
    // place after the next update repoints site/dist, so an older worker never loses its files
    const build = realpathSync(path.join(projectRoot(), 'site/dist'))
    cluster.setupPrimary({ exec: path.join(build, 'server/entry.mjs'), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    const worker = cluster.fork({ ...this.env, PORT: this.port, HOST: this.host })
    return new Promise((resolve, reject) => {
      worker.once('listening', () => resolve(worker))
      worker.once('exit', (code) => reject(new Error(`the site server exited with ${code} before listening`)))
    })
  }
}

/** Stops a worker gracefully: no new connections, requests in flight finish, killed after 5 s at most. */
function retire(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => worker.kill('SIGKILL'), 5000)
    worker.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    worker.disconnect()
  })
}
