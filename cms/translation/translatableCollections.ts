import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

/** The collections whose documents carry translation state (every content collection). */
export function translatableCollections(payload: Payload): SanitizedCollectionConfig[] {
  return Object.values(payload.collections)
    .map((c) => c.config)
    .filter((config) => (config.fields as Field[]).some((f) => 'name' in f && f.name === 'translation'))
}

/** A document's label in messages and files: its collection's `useAsTitle` field, or the id. */
export function documentLabel(config: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const value = doc[config.admin?.useAsTitle ?? 'id']
  return typeof value === 'string' && value ? value : String(doc.id)
}
