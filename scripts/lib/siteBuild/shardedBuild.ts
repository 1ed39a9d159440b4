/**
 * A full build's `astro build` run as several side by side, one per two cores: each renders its shard
 * of the pages (site/src/integrations/buildShard.ts) into its own folder, and the shards are then
 * moved into the first one's. Astro renders a build's pages on one thread, but a build keeps more than
 * one core busy: the kernel's work on the files it writes, V8's collector threads. Each process bundles
 * the site's code and loads the content on its own (docs/ARCHITECTURE.md, "Full builds on every core").
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs'
import { availableParallelism, totalmem } from 'node:os'
import path from 'node:path'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import { settingsFrom } from '../../../shared/settings'
import type { ShardMessage } from '../../../site/src/integrations/buildShard'
import { removeInBackground } from './publish'
import { astroBuild, type CommandResult } from './tools'

/** The memory one process of a full build may take (1.1 GB measured at 44,000 pages), with room. */
const MEMORY_PER_PROCESS = 4 * 1024 ** 3

/**
 * The published documents from which a full build is worth several processes. Each process bundles
 * the site's code and loads all the content before it renders its shard, so a small site gains
 * nothing: 1,000 documents (4,474 pages) took 9.9 s in two processes against 9.4 s in one.
 */
const DOCUMENTS_FOR_SEVERAL_PROCESSES = 5_000

/**
 * The cores one process of a full build keeps busy. Rendering 44,062 pages (10,000 documents) in one
 * process on 2 cores took 45.6 s of user and 24.4 s of system time in 50.5 s; in turn with it, in
 * one process and in two: 45.1 / 47.4 s, 53.5 / 68.1 s, 47.6 / 57.4 s. So two processes on two cores
 * only add memory (1.08 GB against 1.87 GB at their peak). (When the render itself cost more, two
 * took 40.9 s against one's 49.8 s; since then its per-page work was halved.)
 */
const CORES_PER_PROCESS = 2

/** The machine a full build runs on: its cores and memory. */
export interface BuildMachine {
  cores: number
  memoryBytes: number
}

const thisMachine = (): BuildMachine => ({ cores: availableParallelism(), memoryBytes: totalmem() })

/**
 * How many processes a full build of `snapshot` renders in: SITE_BUILD_PROCESSES; else one for a site
 * of fewer than 5,000 documents; else one per two cores, as far as the machine's memory allows one per
 * 4 GB (one process holds about 1.1 GB at 44,000 pages, two twice that).
 */
export function buildProcesses(
  env: NodeJS.ProcessEnv,
  snapshot: ContentSnapshot,
  machine: BuildMachine = thisMachine(),
): number {
  const chosen = settingsFrom(env).siteBuildProcesses
  if (chosen !== undefined) return chosen
  const documents = Object.values(snapshot.collections).reduce((sum, list) => sum + (list?.length ?? 0), 0)
  if (documents < DOCUMENTS_FOR_SEVERAL_PROCESSES) return 1
  const byCores = Math.floor(machine.cores / CORES_PER_PROCESS)
  return Math.max(1, Math.min(byCores, Math.floor(machine.memoryBytes / MEMORY_PER_PROCESS)))
}

/** The folder the `part`-th of the build's shards is rendered into: the first is the build's own. */
export function shardFolder(outDir: string, part: number): string {
  return part === 1 ? outDir : `${outDir}.shard-${part}`
}

/**
 * `astro build` of site/ into `outDir` in `processes` processes at once (one process: a plain build).
 * Each shard is started once the one before has synced its content (buildShardSync in
 * site/src/integrations/buildShard.ts says why), about 2 s into its build; a shard that ends
 * before that keeps the rest from starting. Resolves with every shard's output, each headed with when
 * it started and synced, a failed one's last; the other shards' folders are gone when it resolves,
 * whatever the outcome.
 */
export async function shardedAstroBuild(
  env: NodeJS.ProcessEnv,
  outDir: string,
  processes: number,
): Promise<CommandResult> {
  if (processes <= 1) return astroBuild({ ...env, SITE_OUT_DIR: outDir })
  const parts = Array.from({ length: processes }, (_, index) => index + 1)
  try {
    const began = performance.now()
    const secondsIn = () => ((performance.now() - began) / 1000).toFixed(1)
    const building: Promise<CommandResult & { part: number; times: string }>[] = []
    let previousSynced = Promise.resolve(true)
    for (const part of parts) {
      const mayStart = previousSynced
      const synced = Promise.withResolvers<boolean>()
      previousSynced = synced.promise
      building.push(
        mayStart.then(async (started) => {
          if (!started) {
            synced.resolve(false)
            const output = 'not started: the shard before it ended before syncing its content\n'
            return { status: null, output, part, times: 'not started' }
          }
          const times = { started: secondsIn(), synced: 'never' }
          const shardEnv = { ...env, SITE_OUT_DIR: shardFolder(outDir, part), SITE_BUILD_SHARD: `${part}/${processes}` }
          const result = await astroBuild(shardEnv, (child) => {
            child.on('message', (message: ShardMessage) => {
              if (message.type !== 'content-synced') return
              times.synced = `${secondsIn()} s in`
              synced.resolve(true)
            })
            // after its message this changes nothing
            child.on('exit', () => synced.resolve(false))
          })
          return { ...result, part, times: `started ${times.started} s in, content synced ${times.synced}` }
        }),
      )
    }
    const built = await Promise.all(building)
    // a failed shard's output last, where a message that shows only the tail shows it
    const output = built
      .toSorted((a, b) => Number(a.status !== 0) - Number(b.status !== 0))
      .map((shard) => `[shard ${shard.part} of ${processes}: ${shard.times}]\n${shard.output}`)
      .join('\n')
    const failed = built.find((shard) => shard.status !== 0)
    if (failed) return { status: failed.status, output }
    for (const part of parts.slice(1)) {
      mergeShard(path.join(shardFolder(outDir, part), 'client'), path.join(outDir, 'client'))
    }
    return { status: 0, output }
  } finally {
    // what is left of them: their copy of the server's code; or, after a failure, every page
    for (const part of parts.slice(1)) removeInBackground(shardFolder(outDir, part))
  }
}

/**
 * Moves one shard's pages into the build: a folder the build lacks is moved whole, in one rename; one
 * it has too is merged file by file. A file both have (the bundled scripts and styles, the files every
 * build writes, an optimized image used by pages of both shards) must be the same in both, or the
 * shards did not render the same site, and the build fails naming the file.
 */
export function mergeShard(from: string, to: string): void {
  const present = new Map(readdirSync(to, { withFileTypes: true }).map((entry) => [entry.name, entry]))
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const destination = path.join(to, entry.name)
    const there = present.get(entry.name)
    if (!there) renameSync(source, destination)
    else if (entry.isDirectory() && there.isDirectory()) mergeShard(source, destination)
    else if (entry.isDirectory() || there.isDirectory() || !readFileSync(source).equals(readFileSync(destination)))
      throw new Error(`The shards of the build disagree on ${destination}: each rendered it differently.`)
  }
}
