import { type ChildProcess, spawn } from 'node:child_process'
import { projectRoot } from '../../cms/paths'
import { waitForHttp } from './net'
import { nextStartArgs } from './nextBuild'
import { howItEnded, RestartPolicy } from './restartPolicy'

/** What the supervisor is told about the CMS server's life. */
export interface CmsProcessEvents {
  /** It came back after a crash that began at `downSince`. */
  onRestarted?: (downSince: Date) => void
  /** It crashed more often in a row than allowed; the product should stop with a failure. */
  onGiveUp: (reason: string) => void
}

/**
 * The CMS server (`next start cms`) as a supervised child of `npm start`. If it dies while the product
 * runs, it is started again after a growing pause (RestartPolicy), with a log line each way; the
 * static site is served by `npm start` itself and keeps serving meanwhile. It runs in its own process
 * group, so a Ctrl-C reaches it only through stop(), never as a second, competing shutdown.
 */
export class CmsProcess {
  private child: ChildProcess | undefined
  private stopping = false
  private readonly policy: RestartPolicy

  constructor(
    private readonly options: {
      port: string
      host: string
      /** The address the supervisor checks it by (the CMS answers there once ready). */
      url: string
      env: NodeJS.ProcessEnv
      maxRestarts: number
    } & CmsProcessEvents,
  ) {
    this.policy = new RestartPolicy(options.maxRestarts)
  }

  /** The running server's pid, if one runs. */
  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined
  }

  /** Starts the server and resolves once it answers; rejects if it ends first (nothing is retried). */
  async start(): Promise<void> {
    await this.launch()
  }

  /** Stops the server (SIGTERM, SIGKILL after 10 s) and does not restart it. */
  async stop(): Promise<void> {
    this.stopping = true
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill('SIGTERM')
    })
  }

  private async launch(): Promise<void> {
    const child = spawn(process.execPath, nextStartArgs(this.options.port, this.options.host), {
      cwd: projectRoot(),
      stdio: 'inherit',
      env: this.options.env,
      detached: true,
    })
    this.child = child
    const startedAt = Date.now()
    let ready = false
    child.once('exit', (code, signal) => {
      if (ready && !this.stopping) void this.recover(child.pid, code, signal, Date.now() - startedAt)
    })
    try {
      await waitForHttp(`${this.options.url}/api/globals/site-settings`, child)
    } catch (error) {
      // one that hangs without answering is not left running beside the next attempt
      child.kill('SIGKILL')
      throw error
    }
    ready = true
  }

  private async recover(pid: number | undefined, code: number | null, signal: NodeJS.Signals | null, ranMs: number) {
    const downSince = new Date()
    const ended = `The CMS server (pid ${pid}) ${howItEnded(code, signal)}`
    for (let ran = ranMs; !this.stopping; ran = 0) {
      const next = this.policy.afterCrash(ran)
      if (!next) {
        this.options.onGiveUp(
          `${ended}; it crashed ${this.policy.crashesInARow} times in a row, more than the ${this.policy.maxRestarts} restarts CMS_RESTARTS allows.`,
        )
        return
      }
      console.error(
        `${ended}; restarting it in ${next.delayMs / 1000} s (restart ${next.restart} of at most ${this.policy.maxRestarts} in a row). The site keeps serving the live build.`,
      )
      await new Promise((r) => setTimeout(r, next.delayMs))
      if (this.stopping) return
      try {
        await this.launch()
        const seconds = ((Date.now() - downSince.getTime()) / 1000).toFixed(1)
        console.log(`The CMS server is back (pid ${this.child?.pid}), ${seconds} s after it stopped.`)
        this.options.onRestarted?.(downSince)
        return
      } catch (error) {
        console.error(`The CMS server did not come back: ${(error as Error).message}`)
      }
    }
  }
}
