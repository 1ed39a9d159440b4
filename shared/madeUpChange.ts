import { contentSlugs, contentType } from './contentTypes'
import type { ContentSnapshot } from './formats/contentSnapshot'

/**
 * The snapshot with the first document of each section changed as an editor's publish changes one:
 * its title in every locale (marked with the rehearsal's number), which gives it a new link-preview
 * image to draw and moves it in lists. An update rehearsed when a process starts, so that the code an
 * update runs once per update (applying changes, a new content's index, every list's pages, the first
 * preview image drawn) is compiled before an editor's first publish waits for it. The updater plans it
 * (scripts/lib/incrementalPlan.ts); the kept renderer takes it and renders from it
 * (site/src/integrations/keptRenderer.ts).
 */
export function withMadeUpChange(snapshot: ContentSnapshot, rehearsal: number): ContentSnapshot {
  const collections = { ...snapshot.collections }
  for (const section of contentSlugs) {
    const [first, ...rest] = collections[section] ?? []
    if (!first) continue
    const { titleField } = contentType(section)
    const titles = (first as unknown as Record<string, Record<string, string | null> | undefined>)[titleField] ?? {}
    const retitled = Object.fromEntries(
      Object.entries(titles).map(([locale, title]) => [locale, title && `${title} (rehearsal ${rehearsal})`]),
    )
    ;(collections as Record<string, unknown[]>)[section] = [{ ...first, [titleField]: retitled }, ...rest]
  }
  return { ...snapshot, collections }
}
