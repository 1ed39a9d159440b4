/**
 * The memory of a step of a full build that runs in several processes (`astro build` side by side,
 * Pagefind once per language, each a Node wrapper and its binary): their resident memory added up,
 * read every 100 ms while the step runs, and the highest total. /usr/bin/time, which the other legs
 * use, gives the largest single process of a tree, not what the processes hold together.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** A process's command line, split into its arguments. */
type Command = string[]

/** An `astro build` process. */
export const isAstroBuild = (command: Command) =>
  command.some((part) => part.endsWith('/astro') || part.endsWith('/astro.mjs')) && command.includes('build')

/** A Pagefind process: the npm package's wrapper or the binary it starts. */
export const isPagefind = (command: Command) => command.some((part) => /\/pagefind[^/]*$/.test(part))

/**
 * Resolves with `work`'s result and the highest summed memory of this process's descendants that
 * `counted` picks by their command line.
 */
export async function withPeakOf<T>(
  counted: (command: Command) => boolean,
  work: Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peakKb = 0
  const sample = () => {
    peakKb = Math.max(peakKb, descendantsKb(process.pid, counted))
  }
  const sampler = setInterval(sample, 100)
  try {
    const result = await work
    return { result, peakMb: Math.round(peakKb / 1024) }
  } finally {
    clearInterval(sampler)
  }
}

/** The summed resident memory (kB) of the processes among `root`'s descendants that `counted` picks. */
function descendantsKb(root: number, counted: (command: Command) => boolean): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid)) continue
    const stat = readProc(pid, 'stat')
    if (!stat) continue
    // the parent's pid is the second field after the command, which is in parentheses
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  let total = 0
  const pending = [...(children.get(root) ?? [])]
  while (pending.length > 0) {
    const pid = pending.pop() as number
    pending.push(...(children.get(pid) ?? []))
    if (!counted(readProc(pid, 'cmdline')?.split('\0') ?? [])) continue
    total += Number(/VmRSS:\s+(\d+) kB/.exec(readProc(pid, 'status') ?? '')?.[1] ?? 0)
  }
  return total
}

/** A file of /proc/<pid>, or undefined when the process has ended meanwhile. */
function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return undefined
  }
}
