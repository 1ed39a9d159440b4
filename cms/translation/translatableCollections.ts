import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

/** The collections whose documents carry translation state (every content collection). */
export function translatableCollections(payload: Payload): SanitizedCollectionConfig[] {
  return Object.values(payload.collections)
    .map((c) => c.config)
    .filter((config) => (config.fields as Field[]).some((f) => 'name' in f && f.name === 'translation'))
}

/** The title field of a collection, for labels: its `useAsTitle`, or the id. */
export function titleOf(config: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const value = doc[config.admin?.useAsTitle ?? 'id']
  return typeof value === 'string' && value ? value : String(doc.id)
}
