/** `npm start` as a real process, the way a person or a service manager runs it. */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { readInstance } from '../../../scripts/lib/instance'

export const testAdmin = { email: 'start-test@example.com', password: 'start-test-password-1' }

/** A running (or ended) `npm start` and everything it printed. */
export interface NpmStart {
  child: ChildProcess
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string
  /** Resolves with the exit status (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  /** Resolves once `text` has been printed; rejects if the process ends first or after `seconds`. */
  printed(text: string | RegExp, seconds?: number): Promise<void>
}

/**
 * Runs `npm start` in its own process group on loopback, with the given ports and data folder, an
 * empty SITE_URL/CMS_URL/DATABASE_URL (so the defaults apply) and the test admin's login.
 */
export function npmStart(options: {
  port: number
  sitePort: number
  dataDir: string
  env?: Record<string, string>
}): NpmStart {
  const child = spawn('npm', ['start'], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(options.port),
      SITE_PORT: String(options.sitePort),
      HOST: '127.0.0.1',
      SITE_URL: '',
      CMS_URL: '',
      DATA_DIR: options.dataDir,
      DATABASE_URL: '',
      ADMIN_EMAIL: testAdmin.email,
      ADMIN_PASSWORD: testAdmin.password,
      ...options.env,
    },
  })
  let output = ''
  const waiters = new Set<() => void>()
  const add = (chunk: Buffer) => {
    output += chunk.toString()
    for (const wake of waiters) wake()
  }
  child.stdout?.on('data', add)
  child.stderr?.on('data', add)
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const wake of waiters) wake()
      resolve(code ?? signal ?? 'unknown')
    }),
  )
  const printed = (text: string | RegExp, seconds = 600) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`not printed within ${seconds} s: ${text}\n${output}`)),
        seconds * 1000,
      )
      const finish = (error?: Error) => {
        clearTimeout(timer)
        waiters.delete(check)
        error ? reject(error) : resolve()
      }
      const check = () => {
        if (typeof text === 'string' ? output.includes(text) : text.test(output)) finish()
        else if (child.exitCode !== null || child.signalCode !== null) {
          finish(
            new Error(`npm start ended (${child.exitCode ?? child.signalCode}) before printing ${text}:\n${output}`),
          )
        }
      }
      waiters.add(check)
      check()
    })
  return { child, output: () => output, exited, printed }
}

/** The pids `npm start` recorded for itself and its CMS server. */
export function runningPids(): { start: number; cms: number } {
  const record = readInstance()
  if (!record?.cmsPid) throw new Error('no running npm start recorded in .npm-start.json')
  return { start: record.pid, cms: record.cmsPid }
}

/** Whether a process with this pid exists (a zombie counts as ended). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Waits until `check` holds, polling; fails after `seconds`. */
export async function eventually(check: () => boolean | Promise<boolean>, seconds: number, what: string) {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`not within ${seconds} s: ${what}`)
}
