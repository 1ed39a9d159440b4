import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { APIError, type CollectionSlug, type Field, type Payload, type PayloadRequest, type Where } from 'payload'
import { documentTitle } from '../lib/describeDocument'
import { isLocaleCode, type LocaleCode, localeCodes } from '../locales'
import type { LocaleTranslation } from './hooks/trackTranslationStatus'
import { sourceTextByHash, unitText } from './review/sourceText'
import { translatableCollections } from './translatableCollections'
import { isEmptyUnitValue, type TranslatableUnit, translatableUnits } from './units'
import { plainToSegments, richTextToSegments } from './xliff/lexical'
import type { Inline, SegmentState, XliffDocument, XliffFile, XliffSegment, XliffUnit } from './xliff/model'
import { writeXliff } from './xliff/write'

/** What to export: the target locale, and optionally one collection, one document, or a fixed source locale. */
export interface ExportOptions {
  locale: string
  collection?: string
  id?: string | number
  /** Translate from this locale instead of each document's own source locale. */
  source?: string
  /** Only documents whose target state is one of these (e.g. missing, in-progress, outdated). */
  statuses?: string[]
}

/** One XLIFF file of an export: XLIFF has one source language per file, so there is one per source locale. */
export interface ExportedFile {
  srcLang: LocaleCode
  trgLang: LocaleCode
  documents: number
  units: number
  xml: string
}

/**
 * Exports the localized text of documents as XLIFF 2.0: one <file> per document, one <unit> per
 * translatable field that has source text, with the target locale's current text as target. The
 * latest version of each document is exported, draft or published, because that is what translators
 * and editors see in the admin. Documents written in the target locale are left out: there is nothing
 * to translate. Pass `req` to read as a signed-in user (the admin download); without it the export
 * reads with full access (the command line).
 */
export async function exportTranslations(
  payload: Payload,
  options: ExportOptions,
  req?: PayloadRequest,
): Promise<ExportedFile[]> {
  const target = checkLocale('locale', options.locale)
  const fixedSource = options.source === undefined ? undefined : checkLocale('source', options.source)
  if (fixedSource === target) throw badRequest(`source: the source and target locale are both "${target}".`)
  const collections = translatableCollections(payload).filter(
    (c) => !options.collection || c.slug === options.collection,
  )
  if (options.collection && collections.length === 0) {
    const known = translatableCollections(payload).map((c) => c.slug)
    throw badRequest(
      `collection: "${options.collection}" is not a translatable collection; use one of ${known.join(', ')}.`,
    )
  }
  const groups = new Map<LocaleCode, XliffFile[]>()
  for (const config of collections) {
    const where: Where = {}
    if (options.id !== undefined) where.id = { equals: options.id }
    if (options.statuses?.length) where[`translation.${target}.status`] = { in: options.statuses }
    const { docs } = await payload.find({
      collection: config.slug as never,
      where,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: !req,
      user: req?.user,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const source = fixedSource ?? (isLocaleCode(doc.sourceLocale) ? doc.sourceLocale : undefined)
      if (!source || source === target) continue
      const file = documentFile(
        config.slug,
        config.fields as Field[],
        doc,
        source,
        target,
        documentTitle(config, doc, source) || String(doc.id),
        await previousSourceTexts(payload, req, config.slug, config.fields as Field[], doc, target),
      )
      if (file.units.length === 0) continue
      groups.set(source, [...(groups.get(source) ?? []), file])
    }
  }
  if (options.id !== undefined && groups.size === 0) {
    throw badRequest(
      `id: no ${options.collection ?? 'document'} with id ${options.id} has text to translate into ${target}.`,
    )
  }
  return [...groups].map(([srcLang, files]) => {
    const document: XliffDocument = { srcLang, trgLang: target, files }
    return {
      srcLang,
      trgLang: target,
      documents: files.length,
      units: files.reduce((n, f) => n + f.units.length, 0),
      xml: writeXliff(document),
    }
  })
}

function documentFile(
  collection: string,
  fields: Field[],
  doc: Record<string, unknown>,
  source: LocaleCode,
  target: LocaleCode,
  title: string,
  previous: Map<string, string> | undefined,
): XliffFile {
  const targetValues = new Map(translatableUnits(fields, doc, target).map((u) => [u.id, u.value]))
  const state = segmentState((doc.translation as Record<string, LocaleTranslation> | undefined)?.[target]?.status)
  const units: XliffUnit[] = []
  for (const unit of translatableUnits(fields, doc, source)) {
    if (isEmptyUnitValue(unit.value)) continue
    const xliff = xliffUnit(unit, targetValues.get(unit.id), state)
    const before = previous?.get(unit.id)
    if (before !== undefined && before !== unitText(unit)) xliff.previousSource = before
    // rich text whose only text sits in blocks that are not text blocks (a code block) has nothing to translate
    if (xliff.segments.length > 0) units.push(xliff)
  }
  return { id: `${collection}.${doc.id}`, original: `${collection}/${doc.id}`, title, units }
}

/**
 * For a translation into `target` that is outdated: each field's source text as it was when the
 * translation was made (review/sourceText.ts), to carry in the export as a note. Undefined otherwise.
 */
async function previousSourceTexts(
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  fields: Field[],
  doc: Record<string, unknown>,
  target: LocaleCode,
): Promise<Map<string, string> | undefined> {
  const state = (doc.translation as Record<string, LocaleTranslation> | undefined)?.[target]
  if (state?.status !== 'outdated' || !state.sourceHash) return undefined
  const then = await sourceTextByHash(
    { payload, req },
    collection as CollectionSlug,
    fields,
    doc.id as number,
    state.sourceHash,
  )
  return then ? new Map(then.units.map((unit) => [unit.id, unit.text])) : undefined
}

function xliffUnit(unit: TranslatableUnit, targetValue: unknown, state: SegmentState): XliffUnit {
  const sources = segmentsOf(unit.kind, unit.value)
  const targets = isEmptyUnitValue(targetValue) ? null : segmentsOf(unit.kind, targetValue)
  // a rich text translated with a different block structure cannot be paired segment by segment
  const paired = targets && targets.length === sources.length ? targets : null
  const segments: XliffSegment[] = sources.map((source, i) => ({
    source,
    target: paired ? paired[i] : null,
    state: paired ? state : 'initial',
  }))
  return { id: unit.id, name: unit.label, kind: unit.kind, segments }
}

function segmentsOf(kind: TranslatableUnit['kind'], value: unknown): Inline[][] {
  return kind === 'richText' ? richTextToSegments(value as SerializedEditorState) : plainToSegments(String(value))
}

function segmentState(status: string | null | undefined): SegmentState {
  if (status === 'reviewed') return 'reviewed'
  if (status === 'translated') return 'translated'
  return 'initial'
}

function checkLocale(name: string, value: string): LocaleCode {
  if (!isLocaleCode(value))
    throw badRequest(`${name}: "${value}" is not a locale; use one of ${localeCodes.join(', ')}.`)
  return value
}

function badRequest(message: string) {
  return new APIError(message, 400, undefined, true)
}
