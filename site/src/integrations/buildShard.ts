import type { AstroIntegration } from 'astro'
import { eachPathOnce, type PathWithRoute } from './prerendererWrapper'

/**
 * Which part of a full build this `astro build` renders: SITE_BUILD_SHARD="2/3" is the second of three
 * builds run side by side, each on its own core, whose output folders the site updater merges
 * (scripts/lib/siteBuild/shardedBuild.ts). Undefined in a build that renders every page.
 */
export function buildShard(
  env: Readonly<Record<string, string | undefined>> = process.env,
): { index: number; count: number } | undefined {
  const value = env.SITE_BUILD_SHARD
  if (!value) return undefined
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || index > count)
    throw new Error(`SITE_BUILD_SHARD: "${value}" is not a part of a build such as 1/2 (the first of two).`)
  return { index, count }
}

/**
 * The paths this build's shard renders, out of every path Astro would: each path once, claimed by the
 * first route that lists it (as Astro's own page generation does, so a shard renders a path with the
 * route a whole build would), then every count-th one. Every shard lists the same paths in the same
 * order, from the same content, so between them they render each page exactly once; taking every
 * count-th spreads each kind of page (documents, lists, preview images) evenly over the shards.
 */
export function inThisShard(
  paths: PathWithRoute[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): PathWithRoute[] {
  const shard = buildShard(env)
  if (!shard) return paths
  return eachPathOnce(paths).filter((_, position) => position % shard.count === shard.index - 1)
}

/**
 * Astro's cache folder (relative to site/) for the `index`-th shard of a build: the default one for the
 * first, a folder of its own for each other, so that shards running at the same time never read a file
 * another is writing (its content store, optimized images).
 */
export function shardCacheDir(index: number): string {
  return index === 1 ? './node_modules/.astro' : `./node_modules/.astro/shard-${index}`
}

/** What a shard's `astro build` tells the full build that started it, over its IPC channel. */
export interface ShardMessage {
  type: 'content-synced'
}

/**
 * Tells the full build that started this shard when the shard's content is synced. Syncing is the
 * step in which Astro writes into site/.astro (the content modules and types) whatever the cache
 * folder, each file through one fixed temporary name, so two builds syncing at once can fail on each
 * other's renames (withastro/astro#12992, #16782); Vite's dependency cache (site/node_modules/.vite)
 * is rewritten in that step too, whenever Vite's configuration changed (NODE_ENV is part of it). The full build starts each shard only once the one before has synced
 * (scripts/lib/siteBuild/shardedBuild.ts): the shards sync one after another, then render side by
 * side. The channel is closed once told, or it would keep the build's process from ending.
 */
export function buildShardSync(): AstroIntegration {
  return {
    name: 'build-shard-sync',
    hooks: {
      // Astro runs this hook after the sync (core/build/index.js: setup(), then build())
      'astro:build:start': () => {
        const send = process.send?.bind(process)
        if (!buildShard() || !send) return
        const synced: ShardMessage = { type: 'content-synced' }
        send(synced, () => {
          if (process.connected) process.disconnect()
        })
      },
    },
  }
}
