import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process'
import { projectRoot } from '../../cms/paths'
import { localAddress } from '../../shared/settings'
import { freePort, waitForHttp } from './net'
import { nextStartArgs } from './nextBuild'
import { howItEnded, RestartPolicy } from './restartPolicy'

/** What a supervisor is told about the CMS server's life, and how many crashes it allows. */
export interface CmsSupervision {
  maxRestarts: number
  /** It came back after a crash that began at `downSince`. */
  onRestarted?: (downSince: Date) => void
  /** It crashed more often in a row than allowed; the product should stop with a failure. */
  onGiveUp: (reason: string) => void
}

/**
 * The CMS server (`next start cms`, the built admin and APIs) as a child process: the one way this
 * project serves the CMS over HTTP, for `npm start`, the tests and the benchmark alike.
 *
 * Under supervision (`npm start`), if it dies while the product runs it is started again after a
 * growing pause (RestartPolicy), with a log line each way; the static site is served by `npm start`
 * itself and keeps serving meanwhile. It then runs in its own process group, so a Ctrl-C reaches it
 * only through stop(), never as a second, competing shutdown. Without supervision (serveCms) it runs
 * once and ends with whoever started it.
 */
export class CmsProcess {
  /** Where this machine reaches it (the CMS answers there once ready). */
  readonly url: string
  private child: ChildProcess | undefined
  private stopping = false
  private readonly policy: RestartPolicy | undefined

  constructor(
    private readonly options: {
      port: string
      host: string
      /** Its environment; PORT is set to `port`, which is what the CMS takes its own address from. */
      env: NodeJS.ProcessEnv
      /** Where its output goes (the child's stdin, stdout, stderr); inherited unless said otherwise. */
      stdio?: StdioOptions
      supervision?: CmsSupervision
    },
  ) {
    this.url = localAddress(options.host, options.port)
    this.policy = options.supervision && new RestartPolicy(options.supervision.maxRestarts)
  }

  /** The running server's pid, if one runs. */
  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined
  }

  /** "running", or how the server process ended: a failed request can say whether the server was gone. */
  state(): string {
    const child = this.child
    if (!child) return 'not started'
    if (child.exitCode === null && child.signalCode === null) return 'running'
    return `exited (code ${child.exitCode}, signal ${child.signalCode})`
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
    const { port, host, env, stdio = 'inherit', supervision } = this.options
    const child = spawn(process.execPath, nextStartArgs(port, host), {
      cwd: projectRoot(),
      stdio,
      env: { ...env, PORT: port },
      detached: supervision !== undefined,
    })
    this.child = child
    const startedAt = Date.now()
    let ready = false
    child.once('exit', (code, signal) => {
      if (ready && !this.stopping && supervision) void this.recover(supervision, child.pid, code, signal, startedAt)
    })
    try {
      await waitForHttp(`${this.url}/api/globals/site-settings`, child)
    } catch (error) {
      // one that hangs without answering is not left running beside the next attempt
      child.kill('SIGKILL')
      throw error
    }
    ready = true
  }

  private async recover(
    supervision: CmsSupervision,
    pid: number | undefined,
    code: number | null,
    signal: NodeJS.Signals | null,
    startedAt: number,
  ) {
    const policy = this.policy as RestartPolicy
    const downSince = new Date()
    const ended = `The CMS server (pid ${pid}) ${howItEnded(code, signal)}`
    for (let ran = downSince.getTime() - startedAt; !this.stopping; ran = 0) {
      const next = policy.afterCrash(ran)
      if (!next) {
        supervision.onGiveUp(
          `${ended}; it crashed ${policy.crashesInARow} times in a row, more than the ${policy.maxRestarts} restarts CMS_RESTARTS allows.`,
        )
        return
      }
      console.error(
        `${ended}; restarting it in ${next.delayMs / 1000} s (restart ${next.restart} of at most ${policy.maxRestarts} in a row). The site keeps serving the live build.`,
      )
      await new Promise((r) => setTimeout(r, next.delayMs))
      if (this.stopping) return
      try {
        await this.launch()
        const seconds = ((Date.now() - downSince.getTime()) / 1000).toFixed(1)
        // recorded before it is announced: whoever reads the log line may act on the record at once
        supervision.onRestarted?.(downSince)
        console.log(`The CMS server is back (pid ${this.child?.pid}), ${seconds} s after it stopped.`)
        return
      } catch (error) {
        console.error(`The CMS server did not come back: ${(error as Error).message}`)
      }
    }
  }
}

/**
 * Serves the CMS once on a free loopback port, for the tests and the benchmark, and resolves when it
 * answers; the caller stops it. It reads the database and media that `env` points at (DATA_DIR,
 * DATABASE_URL), which the caller has prepared.
 */
export async function serveCms(env: NodeJS.ProcessEnv, { stdio = 'ignore' as StdioOptions } = {}): Promise<CmsProcess> {
  const cms = new CmsProcess({ port: String(await freePort()), host: '127.0.0.1', env, stdio })
  await cms.start()
  return cms
}
