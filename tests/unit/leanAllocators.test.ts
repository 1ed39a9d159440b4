/**
 * The allocator settings every `astro build` the site updater starts gets (leanAllocators.ts): glibc's
 * own loader says which malloc tunables a process started with them runs with.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withLeanAllocators } from '../../scripts/lib/siteBuild/leanAllocators'

const env = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv

/** glibc's dynamic loader, which lists the tunables a process started with `env` gets. */
const LOADER = '/lib64/ld-linux-x86-64.so.2'

/** The malloc tunables glibc applies for `env`, by name, as the loader prints them (hex). */
function mallocTunables(started: NodeJS.ProcessEnv): Record<string, string> {
  const listed = spawnSync(LOADER, ['--list-tunables'], { env: started, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`${LOADER} --list-tunables failed: ${listed.stderr}`)
  return Object.fromEntries(
    [...listed.stdout.matchAll(/^glibc\.malloc\.(\w+): (\S+)/gm)].map(([, name, value]) => [name, value]),
  )
}

describe('withLeanAllocators', () => {
  it('purges mimalloc at once and fixes glibc’s mapping and trimming size at 128 KB', () => {
    const lean = withLeanAllocators(env({ PATH: process.env.PATH }))
    expect(lean.MIMALLOC_PURGE_DELAY).toBe('0')
    expect(lean.PATH).toBe(process.env.PATH)
    if (!existsSync(LOADER)) {
      console.log(`glibc's loader ${LOADER} is not here (not glibc on x86-64): its reading of the tunables not checked`)
      return
    }
    const applied = mallocTunables(lean)
    expect(applied.mmap_threshold).toBe('0x20000')
    expect(applied.trim_threshold).toBe('0x20000')
    // and without them, glibc's dynamic sizes (listed as 0)
    expect(mallocTunables(env({ PATH: process.env.PATH })).mmap_threshold).toBe('0x0')
  })

  it('keeps what the environment already sets, adding only what it leaves out', () => {
    const lean = withLeanAllocators(
      env({ MIMALLOC_PURGE_DELAY: '50', GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=65536' }),
    )
    expect(lean.MIMALLOC_PURGE_DELAY).toBe('50')
    expect(lean.GLIBC_TUNABLES).toBe(
      'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=65536:glibc.malloc.trim_threshold=131072',
    )
    if (!existsSync(LOADER)) return
    const applied = mallocTunables(lean)
    expect(applied).toMatchObject({ arena_max: '0x2', mmap_threshold: '0x10000', trim_threshold: '0x20000' })
  })
})
