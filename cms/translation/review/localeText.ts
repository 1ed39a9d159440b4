import type { Field } from 'payload'
import type { LocaleCode } from '../../locales'

type Doc = Record<string, unknown>

/**
 * A copy of `base`, a document as the database holds it (every localized value a map of locales),
 * whose values in `locales` are those of `from`: every localized field, at any depth. Everything else
 * — shared fields, other locales — stays as in `base`. Array and block rows are matched by their ids,
 * so rows added, removed or reordered between the two documents keep their own text; a row `from` does
 * not have gets no text in those locales. With no `from` (a document never published), those locales
 * are emptied.
 */
export function withLocaleText(fields: Field[], base: Doc, from: Doc | undefined, locales: readonly LocaleCode[]): Doc {
  const out: Doc = { ...base }
  copyLevel(fields, out, from, locales)
  return out
}

function copyLevel(fields: Field[], out: Doc, from: Doc | undefined, locales: readonly LocaleCode[]): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      copyLevel(field.fields, out, from, locales)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (tab.localized) out[tab.name] = withLocales(out[tab.name], from?.[tab.name], locales)
          else out[tab.name] = nested(tab.fields, out[tab.name], from?.[tab.name], locales)
        } else copyLevel(tab.fields, out, from, locales)
      }
      continue
    }
    if (field.type === 'group' && !('name' in field && field.name)) {
      copyLevel(field.fields, out, from, locales)
      continue
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join' || field.virtual) continue
    const name = field.name
    if ('localized' in field && field.localized) {
      out[name] = withLocales(out[name], from?.[name], locales)
    } else if (field.type === 'group') {
      out[name] = nested(field.fields, out[name], from?.[name], locales)
    } else if (field.type === 'array' || field.type === 'blocks') {
      if (!Array.isArray(out[name])) continue
      const theirs = Array.isArray(from?.[name]) ? (from?.[name] as Doc[]) : []
      out[name] = (out[name] as Doc[]).map((row) => {
        const match = theirs.find((other) => other?.id !== undefined && other.id === row?.id)
        const rowFields =
          field.type === 'array' ? field.fields : (field.blocks.find((b) => b.slug === row?.blockType)?.fields ?? [])
        const copy: Doc = { ...row }
        copyLevel(rowFields, copy, match, locales)
        return copy
      })
    }
  }
}

function nested(fields: Field[], value: unknown, from: unknown, locales: readonly LocaleCode[]): unknown {
  if (!value || typeof value !== 'object') return value
  const copy: Doc = { ...(value as Doc) }
  copyLevel(fields, copy, from && typeof from === 'object' ? (from as Doc) : undefined, locales)
  return copy
}

function withLocales(value: unknown, from: unknown, locales: readonly LocaleCode[]): Doc {
  const map: Doc = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Doc) } : {}
  const theirs = from && typeof from === 'object' && !Array.isArray(from) ? (from as Doc) : {}
  for (const locale of locales) map[locale] = structuredClone(theirs[locale] ?? null)
  return map
}
