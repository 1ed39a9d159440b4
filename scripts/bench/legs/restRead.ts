/** Leg 2: the REST read path the site uses, as an anonymous reader (published-only filter). */
import { fetchWithRetry } from '../../../shared/cmsClient'
import type { BenchReport } from '../benchReport'
import { describe } from '../measure'

export async function restReadLeg(cmsUrl: string): Promise<BenchReport['restRead']> {
  const url = `${cmsUrl}/api/funding-projects?locale=all&depth=0&limit=100&fallback-locale=none`
  // a warm-up, so the figures are of a server that has compiled and cached what the reads need
  await readLoad(url, 20, 2)
  return readLoad(url, 400, 8)
}

/** Bounded concurrent GETs on loopback: latency percentiles and requests per second. */
async function readLoad(url: string, requests: number, concurrency: number): Promise<BenchReport['restRead']> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++
        const t = performance.now()
        // a kept-alive socket the server just closed resets the next request on it: tried once more
        const response = await fetchWithRetry(url).catch((error) => {
          throw new Error(`${url} failed after ${latencies.length} of ${requests} reads: ${describe(error)}`)
        })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10
  return { requests, concurrency, p50Ms: at(0.5), p95Ms: at(0.95), requestsPerSecond: Math.round(requests / seconds) }
}
