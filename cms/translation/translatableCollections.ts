import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

/** The collections whose documents carry translation state (every content collection). */
export function translatableCollections(payload: Payload): SanitizedCollectionConfig[] {
  return Object.values(payload.collections)
    .map((c) => c.config)
    .filter((config) => (config.fields as Field[]).some((f) => 'name' in f && f.name === 'translation'))
}
