import type { Field, RichTextField, TextareaField, TextField } from 'payload'

/**
 * The translatable text of a document: every localized text, textarea and rich-text field, in the
 * order the editor shows them. Each becomes one XLIFF unit and one input to the source fingerprint.
 */
export interface TranslatableUnit {
  /** The field path, with array rows named by their stable row id: `name`, `timeline.65a1….title`. */
  id: string
  /** Where an editor finds it: "Timeline › 2 › Title". */
  label: string
  kind: 'plain' | 'richText'
  /** The stored value in one locale: a string, a Lexical editor state, or null when empty. */
  value: unknown
  /** The field it is stored in (for its limits). */
  field: TextField | TextareaField | RichTextField
}

/**
 * Lists the translatable units of `doc`. `doc` is a document read in one locale, or, with `locale`, a
 * document read with `locale: 'all'` from which that locale's values are picked.
 *
 * Localized fields inside non-localized arrays and groups are supported (that is every case in our
 * collections); a whole localized array would give each locale its own rows and is not translated
 * field by field, so it is left out.
 */
export function translatableUnits(
  fields: Field[],
  doc: unknown,
  locale?: string,
  /** The language of the labels (an admin language); English by default, as XLIFF files carry them. */
  language = 'en',
): TranslatableUnit[] {
  const units: TranslatableUnit[] = []
  walk(fields, asRecord(doc), [], [], locale, units, language)
  return units
}

/** True when the unit holds no text (empty string, empty rich text, or nothing). */
export function isEmptyUnitValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return !richTextHasText(value)
}

function walk(
  fields: Field[],
  value: Record<string, unknown> | undefined,
  path: string[],
  label: string[],
  locale: string | undefined,
  out: TranslatableUnit[],
  language: string,
): void {
  const labelOf = (field: { name?: string; label?: unknown }) => labelIn(field, language)
  for (const field of fields) {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        walk(field.fields, value, path, label, locale, out, language)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            if (tab.localized) continue
            walk(
              tab.fields,
              asRecord(value?.[tab.name]),
              [...path, tab.name],
              [...label, labelOf(tab)],
              locale,
              out,
              language,
            )
          } else walk(tab.fields, value, path, label, locale, out, language)
        }
        break
      case 'group':
        if (!('name' in field) || !field.name) walk(field.fields, value, path, label, locale, out, language)
        else if (!field.localized)
          walk(
            field.fields,
            asRecord(value?.[field.name]),
            [...path, field.name],
            [...label, labelOf(field)],
            locale,
            out,
            language,
          )
        break
      case 'array': {
        if (field.localized) break
        const rows = Array.isArray(value?.[field.name]) ? (value?.[field.name] as unknown[]) : []
        rows.forEach((row, index) => {
          const record = asRecord(row)
          const rowKey = typeof record?.id === 'string' && record.id ? record.id : String(index)
          walk(
            field.fields,
            record,
            [...path, field.name, rowKey],
            [...label, labelOf(field), String(index + 1)],
            locale,
            out,
            language,
          )
        })
        break
      }
      case 'text':
      case 'textarea':
      case 'richText': {
        if (!field.localized || ('hasMany' in field && field.hasMany) || field.custom?.translatable === false) break
        const raw = value?.[field.name]
        const picked = locale === undefined ? raw : asRecord(raw)?.[locale]
        out.push({
          id: [...path, field.name].join('.'),
          label: [...label, labelOf(field)].join(' › '),
          kind: field.type === 'richText' ? 'richText' : 'plain',
          value: picked ?? null,
          field,
        })
        break
      }
      default:
        break
    }
  }
}

/** A field's label in `language`, else English (unit names in XLIFF files stay English whoever exports them). */
function labelIn(field: { name?: string; label?: unknown }, language: string): string {
  if (typeof field.label === 'string') return field.label
  const labels = field.label as Record<string, unknown> | undefined
  const text = labels?.[language] ?? labels?.en
  if (typeof text === 'string') return text
  const name = field.name ?? ''
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function richTextHasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const record = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof record.text === 'string' && record.text.trim() !== '') return true
  if (record.root) return richTextHasText(record.root)
  return Array.isArray(record.children) && record.children.some(richTextHasText)
}
