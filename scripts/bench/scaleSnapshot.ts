import { contentSlugs } from '../../shared/contentTypes'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'

/** The benchmark's mix of content types (scripts/bench/syntheticContent.ts), as shares of a scale. */
const mix: Record<string, number> = {
  organizations: 0.35,
  clusters: 0.1,
  'funding-projects': 0.2,
  routes: 0.1,
  'policy-documents': 0.1,
  events: 0.15,
}

/** How many programmes the copies of projects are spread over, so a programme filter has many values. */
const PROGRAMMES = 40

/**
 * A content snapshot grown to `scale` documents in the benchmark's mix: each type's documents are
 * kept and copied (with a number added to their titles and slugs, and new ids) until the type has its
 * share. Copies keep their references, so they point at the originals. Projects are spread over
 * PROGRAMMES programmes. For measuring pages whose size grows with the content (lists, filters, home).
 */
export function scaleSnapshot(content: ContentSnapshot, scale: number): ContentSnapshot {
  const grown = structuredClone(content)
  let nextId = 1_000_000
  for (const slug of contentSlugs) {
    const originals = content.collections[slug] as Record<string, unknown>[]
    const wanted = Math.round(scale * mix[slug])
    if (originals.length === 0) continue
    const copies = Array.from({ length: Math.max(0, wanted - originals.length) }, (_, i) => {
      const copy = structuredClone(originals[i % originals.length])
      copy.id = nextId++
      for (const field of ['name', 'title', 'slug']) {
        const value = copy[field] as Record<string, string | null> | undefined
        if (value && typeof value === 'object') {
          copy[field] = Object.fromEntries(
            Object.entries(value).map(([l, text]) => [
              l,
              text ? `${text}${field === 'slug' ? '-' : ' '}${i + 1}` : text,
            ]),
          )
        }
      }
      if (slug === 'funding-projects') {
        const n = i % PROGRAMMES
        copy.programme = { pl: `Program ${n}`, it: `Programma ${n}`, lt: `Programa ${n}`, en: `Programme ${n}` }
      }
      delete copy.seedKey
      return copy
    })
    ;(grown.collections[slug] as unknown[]) = [...structuredClone(originals), ...copies]
  }
  return grown
}
