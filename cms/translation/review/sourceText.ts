import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type ChangeObject, diffWordsWithSpace } from 'diff'
import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { latestVersion } from '../../lib/latestVersion'
import { isLocaleCode, type LocaleCode } from '../../locales'
import { type TranslatableUnit, translatableUnits } from '../units'
import { richTextToSegments, segmentsToPlain } from '../xliff/lexical'

/** One field of a source text as people read it: rich text as its blocks' text, one per line. */
export interface SourceTextUnit {
  /** The field path, with array rows by id: `name`, `timeline.65a1….title`. */
  id: string
  /** Where an editor finds it: "Timeline › 2 › Title". */
  label: string
  text: string
}

/** How one field of the source changed since a translation was made from it: a word-level diff. */
export interface SourceChange {
  id: string
  label: string
  before: string
  after: string
  /** The diff, in order: unchanged, removed (`removed`) and added (`added`) runs of words and spaces. */
  parts: { value: string; added?: boolean; removed?: boolean }[]
}

/** The text of a translatable unit: a plain field's string, or a rich-text field's blocks one per line. */
export function unitText(unit: Pick<TranslatableUnit, 'kind' | 'value'>): string {
  if (unit.value === null || unit.value === undefined) return ''
  if (unit.kind === 'richText') return segmentsToPlain(richTextToSegments(unit.value as SerializedEditorState))
  return String(unit.value)
}

/** A document's text in one locale, field by field, as `sourceChanges` compares it. */
export function sourceTextUnits(fields: Field[], doc: unknown, locale?: string, language = 'en'): SourceTextUnit[] {
  return translatableUnits(fields, doc, locale, language).map((unit) => ({
    id: unit.id,
    label: unit.label,
    text: unitText(unit),
  }))
}

/**
 * What changed between two versions of a source text, field by field (fields matched by path; a field
 * only one of them has counts as empty in the other), as word-level diffs. Unchanged fields are left out.
 * Joining a change's unchanged and removed parts gives `before` exactly, its unchanged and added parts `after`.
 */
export function sourceChanges(before: SourceTextUnit[], after: SourceTextUnit[]): SourceChange[] {
  const old = new Map(before.map((unit) => [unit.id, unit]))
  const ids = [
    ...after.map((unit) => unit.id),
    ...before.map((unit) => unit.id).filter((id) => !after.some((u) => u.id === id)),
  ]
  const changes: SourceChange[] = []
  for (const id of ids) {
    const now = after.find((unit) => unit.id === id)
    const then = old.get(id)
    const was = then?.text ?? ''
    const is = now?.text ?? ''
    if (was === is) continue
    const parts = diffWordsWithSpace(was, is).map((part: ChangeObject<string>) => ({
      value: part.value,
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
    }))
    changes.push({ id, label: (now ?? then)?.label ?? id, before: was, after: is, parts })
  }
  return changes
}

/**
 * Records a document's source text under its fingerprint when the fingerprint is new, so that a
 * translation made from it can later be shown what changed since (the versions Payload keeps are
 * capped; these are kept for as long as the document exists). One small write per change of the source;
 * a new document (`created`) cannot have a record yet, and a write in the source locale (`doc` in
 * `req.locale`) already holds the text, so neither reads anything first.
 */
export async function keepSourceText(
  req: PayloadRequest,
  collection: CollectionSlug,
  fields: Field[],
  doc: Record<string, unknown>,
  hash: string,
  created: boolean,
): Promise<void> {
  const { sourceLocale } = doc
  if (!isLocaleCode(sourceLocale)) return
  const document = `${collection}:${doc.id}`
  if (!created) {
    const { totalDocs } = await req.payload.count({
      collection: 'source-texts',
      where: { and: [{ document: { equals: document } }, { hash: { equals: hash } }] },
      req,
    })
    if (totalDocs > 0) return
  }
  const text =
    req.locale === sourceLocale
      ? doc
      : await latestVersion({ req, collection, id: doc.id as number | string, locale: sourceLocale })
  await req.payload.create({
    collection: 'source-texts',
    data: { document, hash, sourceLocale, units: sourceTextUnits(fields, text ?? {}) },
    req,
  })
}

/**
 * The source text a translation was made from, by its fingerprint: as recorded when it was current, or,
 * for text from before such records were kept, from the newest version of the document that had it.
 * Undefined when neither is left.
 */
export async function sourceTextByHash(
  from: { payload: Payload; req?: PayloadRequest },
  collection: CollectionSlug,
  fields: Field[],
  id: number | string,
  hash: string,
): Promise<{ locale: LocaleCode; units: SourceTextUnit[] } | undefined> {
  const { payload, req } = from
  const { docs } = await payload.find({
    collection: 'source-texts',
    where: { and: [{ document: { equals: `${collection}:${id}` } }, { hash: { equals: hash } }] },
    limit: 1,
    depth: 0,
    req,
  })
  const kept = docs[0]
  if (kept && isLocaleCode(kept.sourceLocale))
    return { locale: kept.sourceLocale, units: kept.units as SourceTextUnit[] }
  const { docs: versions } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version.translation.sourceHash': { equals: hash } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const version = (versions[0] as unknown as { version: Record<string, unknown> } | undefined)?.version
  if (!version || !isLocaleCode(version.sourceLocale)) return undefined
  return { locale: version.sourceLocale, units: sourceTextUnits(fields, version, version.sourceLocale) }
}
