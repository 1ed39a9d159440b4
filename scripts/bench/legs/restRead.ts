/**
 * Leg 2: REST reads as an anonymous reader (published documents only), in three patterns:
 * - the site's read: every locale, 100 documents a page, 8 readers at a time (`restRead`);
 * - the same read by one reader at a time, so each figure is the server's time for it plus a loopback
 *   round trip (`restReadOneReader`);
 * - a typical API client's read: one locale, 20 documents a page, 8 readers at a time, over every
 *   content collection, locale and the first pages: as clients get it, from the CMS's kept answers
 *   once read (`restReadTypical`), and read afresh by Payload each time (`restReadTypicalFresh`).
 * The site's reads are asked afresh (`Cache-Control: no-cache`): a site build reads right after a
 * publish, which retires every kept answer. Each is run three times: its figures are the median
 * run's, with the spread over the three.
 */

import { localeCodes } from '../../../cms/locales'
import { fetchWithRetry } from '../../../shared/cmsClient'
import type { BenchReport } from '../benchReport'
import { describe, medianRun } from '../measure'

type ReadFigures = BenchReport['restRead']
type Reads = Pick<BenchReport, 'restRead' | 'restReadOneReader' | 'restReadTypical' | 'restReadTypicalFresh'>
export type TypicalReads = { kept: ReadFigures; fresh: ReadFigures }

const collections = ['organizations', 'clusters', 'funding-projects', 'routes', 'policy-documents', 'events']
const afresh = { 'Cache-Control': 'no-cache' }

export async function restReadLeg(cmsUrl: string): Promise<Reads> {
  const siteRead = [`${cmsUrl}/api/funding-projects?locale=all&depth=0&limit=100&fallback-locale=none`]
  // a warm-up, so the figures are of a server that has compiled and cached what the reads need
  await readLoad(siteRead, 20, 2, afresh)
  const typical = await typicalReadLeg(cmsUrl)
  return {
    restRead: await threeRuns(() => readLoad(siteRead, 400, 8, afresh)),
    restReadOneReader: await threeRuns(() => readLoad(siteRead, 100, 1, afresh)),
    restReadTypical: typical.kept,
    restReadTypicalFresh: typical.fresh,
  }
}

/** The typical read alone, kept and afresh: also measured on a CMS serving the PostgreSQL load. */
export async function typicalReadLeg(cmsUrl: string): Promise<TypicalReads> {
  const urls = collections.flatMap((collection) =>
    localeCodes.flatMap((locale) =>
      [1, 2, 3].map((page) => `${cmsUrl}/api/${collection}?locale=${locale}&depth=0&limit=20&page=${page}`),
    ),
  )
  // the warm-up reads each once, which also keeps its answer
  await readLoad(urls, urls.length, 2)
  return {
    kept: await threeRuns(() => readLoad(urls, urls.length * 8, 8)),
    fresh: await threeRuns(() => readLoad(urls, urls.length * 8, 8, afresh)),
  }
}

/** The same reads three times: the median run's figures, with the spread of p50 and p95 over the runs. */
async function threeRuns(read: () => Promise<ReadFigures>): Promise<ReadFigures> {
  const runs: ReadFigures[] = []
  for (let i = 0; i < 3; i++) runs.push(await read())
  // each figure's own median and range over the runs
  const spread = (pick: (r: ReadFigures) => number) => medianRun(runs, pick).spread
  const median = (pick: (r: ReadFigures) => number) => pick(medianRun(runs, pick).median)
  return {
    ...runs[0],
    p50Ms: median((r) => r.p50Ms),
    p95Ms: median((r) => r.p95Ms),
    requestsPerSecond: median((r) => r.requestsPerSecond),
    runs: runs.length,
    p50SpreadMs: spread((r) => r.p50Ms),
    p95SpreadMs: spread((r) => r.p95Ms),
  }
}

/**
 * Bounded concurrent GETs on loopback, cycling through `urls`: latency percentiles, requests per
 * second, and how many were answered from the CMS's kept answers.
 */
async function readLoad(
  urls: string[],
  requests: number,
  concurrency: number,
  headers: Record<string, string> = {},
): Promise<ReadFigures> {
  const latencies: number[] = []
  let next = 0
  let keptAnswers = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const url = urls[next++ % urls.length]
        const t = performance.now()
        // a kept-alive socket the server just closed resets the next request on it: tried once more
        const response = await fetchWithRetry(url, { headers }).catch((error) => {
          throw new Error(`${url} failed after ${latencies.length} of ${requests} reads: ${describe(error)}`)
        })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        latencies.push(performance.now() - t)
        if (response.headers.get('cache-status') === 'cms; hit') keptAnswers++
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10
  return {
    requests,
    concurrency,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    requestsPerSecond: Math.round(requests / seconds),
    keptAnswers,
  }
}
