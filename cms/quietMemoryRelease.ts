/**
 * Gives the memory a burst of work freed back to the system once the CMS is quiet again.
 *
 * Why: since Node 24 (V8 13.6), the pages a garbage collection frees are kept in a pool inside the
 * process for later allocations instead of being returned, and no ordinary collection, however idle
 * the process, empties that pool. So a CMS that saved 3,000 documents held 606 MB after a full
 * collection, against 483 MB before the writes, while its live JavaScript objects grew by about 6 MB
 * (heapUsed after a full collection, in an earlier 2,000-4,000-document measurement). Only a
 * "last resort" collection (the one V8 runs before giving up on an allocation) empties the pool: the
 * same process then held 258 MB, and the collection took 196 ms.
 *
 * So a timer looks every few seconds (unref'd: it never keeps a process alive) and, when the process
 * was quiet since its last look and holds 64 MB more than right after the last release, runs that
 * collection. Growth that is live (caches filling) costs one needless collection per 64 MB, after
 * which the level it is measured from has risen with it. A busy CMS is left alone: it reuses the
 * pooled pages anyway, and the pause (about 0.2 s) would fall on its requests. Node offers no other
 * way to empty the pool; the collection is called through `gc`, which V8 gives only to contexts made
 * while --expose-gc is set, so the flag is set for the moment it takes to make one private context.
 */
import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

/** One emptying of the pool: the process's resident memory before and after, and how long it took. */
export interface MemoryRelease {
  rssBeforeMb: number
  rssAfterMb: number
  milliseconds: number
}

/** What one look found: whether the process was quiet, and the release it made, if any. */
export interface QuietCheck {
  quiet: boolean
  release: MemoryRelease | undefined
}

export interface QuietMemoryReleaseOptions {
  /** How often to look (default 5 s). */
  checkEveryMs?: number
  /** Quiet means the event loop was busy less than this share of the time since the last look. */
  quietBelow?: number
  /** Release when the resident memory grew by more than this since the last release (default 64). */
  releaseAboveMb?: number
  /** Told about each release (the CMS logs it). */
  onRelease?: (release: MemoryRelease) => void
}

type GcWithOptions = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void

let lastResortGc: GcWithOptions | undefined

function lastResortCollection(): GcWithOptions {
  if (!lastResortGc) {
    v8.setFlagsFromString('--expose-gc')
    lastResortGc = runInNewContext('gc') as GcWithOptions
    v8.setFlagsFromString('--no-expose-gc')
  }
  return lastResortGc
}

const megabytes = (bytes: number) => Math.round(bytes / 1e6)

/** Empties V8's page pool now (a full, synchronous collection); returns what it gave back. */
export function releaseFreedMemory(): MemoryRelease {
  const rssBefore = process.memoryUsage.rss()
  const started = performance.now()
  lastResortCollection()({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  return {
    rssBeforeMb: megabytes(rssBefore),
    rssAfterMb: megabytes(process.memoryUsage.rss()),
    milliseconds: Math.round(performance.now() - started),
  }
}

export class QuietMemoryRelease {
  private readonly checkEveryMs: number
  private readonly quietBelow: number
  private readonly releaseAboveBytes: number
  private readonly onRelease: ((release: MemoryRelease) => void) | undefined
  private readonly timer: NodeJS.Timeout
  private loopAtLastCheck = performance.eventLoopUtilization()
  /** Resident memory right after the last release; none yet means the first quiet look releases. */
  private baseline: number | undefined
  private waiting: ((check: QuietCheck) => void)[] = []

  constructor(options: QuietMemoryReleaseOptions = {}) {
    this.checkEveryMs = options.checkEveryMs ?? 5_000
    this.quietBelow = options.quietBelow ?? 0.05
    this.releaseAboveBytes = (options.releaseAboveMb ?? 64) * 1e6
    this.onRelease = options.onRelease
    this.timer = setInterval(() => this.check(), this.checkEveryMs).unref()
  }

  /**
   * The next look that finds the process quiet, with the release it made (if any): what a caller
   * measuring the CMS's memory after a burst waits for.
   */
  nextQuietCheck(): Promise<QuietCheck> {
    // someone waiting keeps the process alive until the look comes
    this.timer.ref()
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  stop(): void {
    clearInterval(this.timer)
  }

  private check(): void {
    const loop = performance.eventLoopUtilization()
    const { utilization } = performance.eventLoopUtilization(loop, this.loopAtLastCheck)
    const quiet = utilization < this.quietBelow
    let release: MemoryRelease | undefined
    if (quiet && (this.baseline === undefined || process.memoryUsage.rss() - this.baseline > this.releaseAboveBytes)) {
      release = releaseFreedMemory()
      this.baseline = process.memoryUsage.rss()
      this.onRelease?.(release)
    }
    // the collection itself is not the process's work: the next look judges only what came after it
    this.loopAtLastCheck = performance.eventLoopUtilization()
    if (!quiet) return
    const waiting = this.waiting
    this.waiting = []
    this.timer.unref()
    for (const resolve of waiting) resolve({ quiet, release })
  }
}

let running: QuietMemoryRelease | undefined

/** Starts the CMS's one QuietMemoryRelease (once per process, however many times Payload starts). */
export function releaseFreedMemoryWhenQuiet(onRelease?: (release: MemoryRelease) => void): QuietMemoryRelease {
  running ??= new QuietMemoryRelease({ onRelease })
  return running
}
