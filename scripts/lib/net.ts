/** Loopback helpers shared by npm start, the benchmark, the tests and the throwaway PostgreSQL. */
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Resolves once `url` answers at all (any HTTP status), polling for up to two minutes; fails early
 * if the server process given as `child` exits first.
 */
export async function waitForHttp(url: string, child?: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `${url}: the server ${child.signalCode ? `was killed by ${child.signalCode}` : `exited with ${child.exitCode}`}`,
      )
    }
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`${url} did not answer within two minutes`)
}
