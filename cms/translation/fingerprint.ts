import { createHash } from 'node:crypto'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { isEmptyUnitValue, type TranslatableUnit } from './units'
import { richTextToSegments } from './xliff/lexical'

/**
 * A short fingerprint of a locale's translatable text. A translation records the fingerprint of the
 * source it was made from; when the source's fingerprint changes, the translation is outdated.
 *
 * Rich text is reduced to its segments (text, formats, links) first, so re-saving an unchanged editor
 * state (which may reorder keys or add default properties) does not count as a change. Empty fields
 * are left out, so adding an empty field to a collection does not outdate every translation.
 */
export function textFingerprint(units: TranslatableUnit[]): string {
  const content = units
    .filter((unit) => !isEmptyUnitValue(unit.value))
    .map((unit) => [
      unit.id,
      unit.kind === 'richText' ? richTextToSegments(unit.value as SerializedEditorState) : String(unit.value),
    ])
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22)
}
