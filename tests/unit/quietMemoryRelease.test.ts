import { afterEach, describe, expect, it } from 'vitest'
import { type MemoryRelease, QuietMemoryRelease } from '../../cms/quietMemoryRelease'

const rssMb = () => Math.round(process.memoryUsage.rss() / 1e6)

/** About 300 MB of small objects made and dropped: the garbage of a burst of saves. */
function burstOfGarbage(): void {
  let objects: { index: number; text: string; inner: { index: number } }[] = []
  for (let index = 0; index < 2_000_000; index++) objects.push({ index, text: `x${index}`, inner: { index } })
  objects = []
}

/** Keeps the event loop busy for `ms` in small slices, so timers still run but never find it idle. */
async function busyFor(ms: number): Promise<void> {
  const end = performance.now() + ms
  while (performance.now() < end) {
    const slice = performance.now() + 20
    while (performance.now() < slice) burstOfSmallWork()
    await new Promise((resolve) => setImmediate(resolve))
  }
}

function burstOfSmallWork(): number {
  let sum = 0
  for (let i = 0; i < 1_000; i++) sum += Math.sqrt(i)
  return sum
}

describe('QuietMemoryRelease', () => {
  let memoryRelease: QuietMemoryRelease | undefined
  afterEach(() => memoryRelease?.stop())

  it('gives back what a burst freed once the process is quiet', { timeout: 60_000 }, async () => {
    memoryRelease = new QuietMemoryRelease({ checkEveryMs: 200 })
    // the first quiet look always releases: it sets the level later growth is measured from
    expect((await memoryRelease.nextQuietCheck()).release).toBeDefined()
    const before = rssMb()

    burstOfGarbage()
    const afterBurst = rssMb()
    const { release } = await memoryRelease.nextQuietCheck()

    expect(afterBurst - before).toBeGreaterThan(150)
    expect(release?.rssBeforeMb).toBeGreaterThan(before + 150)
    // Node 24 keeps such pages resident after any ordinary collection; the release returns them
    expect(release?.rssAfterMb).toBeLessThan(before + 50)
    expect(rssMb()).toBeLessThan(before + 50)
  })

  it('collects nothing more while the memory held has not grown', { timeout: 60_000 }, async () => {
    memoryRelease = new QuietMemoryRelease({ checkEveryMs: 200 })
    expect((await memoryRelease.nextQuietCheck()).release).toBeDefined()

    const next = await memoryRelease.nextQuietCheck()

    expect(next).toEqual({ quiet: true, release: undefined })
  })

  it('leaves a busy process alone and releases when it becomes quiet', { timeout: 60_000 }, async () => {
    const releases: { at: number; release: MemoryRelease }[] = []
    memoryRelease = new QuietMemoryRelease({
      checkEveryMs: 100,
      onRelease: (release) => releases.push({ at: performance.now(), release }),
    })
    expect((await memoryRelease.nextQuietCheck()).release).toBeDefined()
    releases.length = 0

    burstOfGarbage()
    const busyFrom = performance.now()
    await busyFor(1_500)
    const busyUntil = performance.now()
    const { release } = await memoryRelease.nextQuietCheck()

    expect(releases.filter(({ at }) => at >= busyFrom && at <= busyUntil)).toEqual([])
    expect(release).toBeDefined()
    expect(releases.map((r) => r.release)).toEqual([release])
  })
})
