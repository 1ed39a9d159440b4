/**
 * The benchmark's result: what run.ts measures, writes as JSON and renders as Markdown and SVG
 * (report.ts). scripts/bench/results/ keeps examples; tests/e2e/bench.e2e.test.ts checks one.
 */
export interface BenchReport {
  scale: number
  /** When the run started (ISO 8601). */
  date: string
  node: string
  machine: string
  /** When the loads were measured, if this run reused them (--data). */
  loadedAt?: string
  loadSqlite: {
    documents: number
    /** Locale writes: a document's first locale is a create, each further one an update. */
    writes: number
    images: number
    imageSeconds: number
    seconds: number
    documentsPerSecond: number
    /** The loading process's resident memory before and after the writes (after a full GC), in MB. */
    rssStartMb: number
    rssEndMb: number
    rssGrowthMb: number
    /**
     * How many loads into a fresh database were run when one took under a minute (the figures are the
     * median run's, by documents/s), and the lowest and highest documents/s; absent: one load.
     */
    runs?: number
    documentsPerSecondSpread?: [number, number]
  }
  /** Absent with --skip-postgres. */
  loadPostgres?: BenchReport['loadSqlite']
  /**
   * The same documents loaded as the seed writes new ones, each in one write of all its locales
   * (cms/bulkLoad/createInAllLocales.ts), into a database of their own; no images. Absent in older
   * reports and, for PostgreSQL, with --skip-postgres.
   */
  bulkLoadSqlite?: BenchReport['loadSqlite']
  bulkLoadPostgres?: BenchReport['loadSqlite']
  /**
   * Anonymous REST reads, as the site's loaders make them. Asked with `Cache-Control: no-cache`, so
   * Payload reads each afresh, as a site build meets them right after a publish.
   */
  restRead: {
    requests: number
    concurrency: number
    p50Ms: number
    p95Ms: number
    requestsPerSecond: number
    /** How many times the reads were run (each figure is the median run's); absent in older reports: one. */
    runs?: number
    /** The lowest and highest p50 and p95 over those runs. */
    p50SpreadMs?: [number, number]
    p95SpreadMs?: [number, number]
    /** Reads answered from the CMS's kept answers (cms/api/answerCache.ts); absent before it existed. */
    keptAnswers?: number
  }
  /** The same read, one reader at a time: the server's time per read (plus a loopback round trip). */
  restReadOneReader?: BenchReport['restRead']
  /**
   * A typical API read: one locale, 20 documents a page, every content collection, 8 readers at a
   * time, as API clients get it (from the kept answers once read). Before `restReadTypicalFresh`
   * existed there were no kept answers: this was Payload's work for each read.
   */
  restReadTypical?: BenchReport['restRead']
  /** The typical read asked with `Cache-Control: no-cache`: Payload's work for each read. */
  restReadTypicalFresh?: BenchReport['restRead']
  /** The typical read on a CMS serving the PostgreSQL load (absent with --skip-postgres or a kept load). */
  restReadTypicalPostgres?: BenchReport['restRead']
  restReadTypicalPostgresFresh?: BenchReport['restRead']
  /** A full site build, split into its steps. */
  siteBuild: {
    pages: number
    wallSeconds: number
    pagesPerSecond: number
    /** How many `astro build` processes rendered the pages side by side (before 2026-12-06: always one). */
    processes?: number
    /** With several processes: the same render in one, its time and peak (its images already cached). */
    oneProcess?: { seconds: number; peakMb: number }
    peakMb: number
    fetchSeconds: number
    renderSeconds: number
    imagesSeconds: number
    images: number
    searchSeconds: number
    /** Link-preview images this build drew; the others came from the cache kept between builds. */
    ogImagesDrawn?: number
    note: string
  }
  /** A bare Astro project rendering the same pages from a JSON file. */
  floor: {
    pages: number
    wallSeconds: number
    peakMb: number
    oursOverFloor: number
    /** The render in one process over the floor, when the build uses several. */
    oneProcessOverFloor?: number
    /**
     * When a render took under a minute, ours and the floor were run three times each, one after the
     * other in turn: how many, the median render of ours (`wallSeconds` is the floor's median), and
     * the range of each. Absent: one of each.
     */
    runs?: number
    oursSeconds?: number
    oursSecondsSpread?: [number, number]
    floorSecondsSpread?: [number, number]
  }
  /** Publishing one change along the site updater's path, and the builds around it. */
  publishToLive: {
    /**
     * The median of `runs`: publishes timed from the REST call to the changed page live (the page's
     * file read every 10 ms). Until 2026-12-05 the runs were timed until the update returned.
     */
    seconds: number
    runs?: number[]
    /** The same publishes timed until the update returned (it saves the site's snapshot after the pages are live). */
    updateRuns?: number[]
    kind: 'full' | 'incremental' | 'unchanged' | undefined
    renderedDocuments: number
    /** Files the update wrote (pages, feeds, link-preview images), and what rendered them. */
    renderedFiles?: number
    renderedBy?: 'kept renderer' | 'partial build'
    /** The kept renderer's start-up after the full build (the site's code bundled and loaded). */
    rendererStartSeconds?: number
    /** The kept renderer's resident memory after the publishes. */
    rendererRssMb?: number
    changedPageLive: boolean
    /**
     * From the last publish's update to the search finding its changes. Results from before
     * 2026-12-06 indexed the whole site again; since then the changed pages go into the search
     * overlay (`searchRefreshKind`), and the whole site is indexed after (`searchFullIndexSeconds`).
     */
    searchRefreshSeconds: number | null
    searchRefreshKind?: 'overlay' | 'full'
    /** The searchable pages in the overlay (the three publishes' pages and the pages showing them). */
    searchOverlayPages?: number
    /** The whole site indexed again after the overlay, as the updater does while nothing waits. */
    searchFullIndexSeconds?: number | null
    fullRebuildSeconds: number
    fullRebuildImagesSeconds: number
    fullRebuildImages: { reused: number; encoded: number }
    rebuildUnchangedSeconds: number
    unchangedKind: 'full' | 'incremental' | 'unchanged' | undefined
    strategy: string
  }
  /**
   * An editor's publish over REST with no locale waiting for review and with one waiting (the gate keeps
   * its approved text live), in milliseconds. Absent from reports made before the review gate.
   */
  reviewGate?: {
    samples: number
    publishMs: { median: number; min: number; max: number }
    publishWithWaitingLocaleMs: { median: number; min: number; max: number }
  }
  /** Gzipped bytes a reader downloads, by page type. */
  pageWeight: Record<string, { htmlGz: number; cssGz: number; jsGz: number }>
}
