/**
 * What Astro's build did with images, from its own output: Astro reports its image step only in its
 * log, so that is where it is read.
 */
import { hundredths } from './measure'

/**
 * How long Astro's "generating optimized images" step took; in a build of several processes side by
 * side, each with its own step at about the same time, the longest of them.
 */
export function imageStepSeconds(output: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours from the output
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '')
  const steps = plain
    .split('generating optimized images')
    .slice(1)
    .map((after) => /Completed in ([\d.]+)(ms|s)/.exec(after))
    .map((match) => (match ? Number(match[1]) * (match[2] === 'ms' ? 0.001 : 1) : 0))
  return hundredths(Math.max(0, ...steps))
}

/** How many images Astro's build took from its cache and how many it encoded, from its per-image lines. */
export function imageCacheUse(output: string): { reused: number; encoded: number } {
  return {
    reused: output.match(/\((reused|revalidated) cache entry\)/g)?.length ?? 0,
    encoded: output.match(/\(before: [\d.]+kB, after: [\d.]+kB\)/g)?.length ?? 0,
  }
}
