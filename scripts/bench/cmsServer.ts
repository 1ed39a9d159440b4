/** The CMS over HTTP (next start) on a data directory the benchmark has filled. */
import { spawn } from 'node:child_process'
import { projectRoot } from '../../cms/paths'
import { fetchWithRetry } from '../../shared/cmsClient'
import { freePort, waitForHttp } from '../lib/net'
import { nextStartArgs } from '../lib/nextBuild'

/** A running CMS: its URL, a token for the benchmark's editor, and how to stop it. */
export interface CmsServer {
  url: string
  adminToken(): Promise<string>
  /** "running", or how the server process ended: a failed read says whether the server was gone. */
  state(): string
  stop(): Promise<void>
}

export async function startCmsServerOn(dataDir: string): Promise<CmsServer> {
  const port = await freePort()
  const child = spawn(process.execPath, nextStartArgs(port, '127.0.0.1'), {
    cwd: projectRoot(),
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DISABLE_JOBS: 'true', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/globals/site-settings`, child)
  return {
    url,
    async adminToken() {
      const response = await fetchWithRetry(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1' }),
      })
      return ((await response.json()) as { token: string }).token
    },
    state() {
      if (child.exitCode === null && child.signalCode === null) return 'running'
      return `exited (code ${child.exitCode}, signal ${child.signalCode})`
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}
