import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  commitTransaction,
  createLocalReq,
  type Field,
  initTransaction,
  killTransaction,
  type Payload,
  type SanitizedCollectionConfig,
  type TypedUser,
} from 'payload'
import { fieldSizeProblem } from '../fields/limits'
import { type I18nLike, requestTranslator } from '../i18n/messages'
import { latestVersion } from '../lib/latestVersion'
import { type RoleHolder, worksInAssignedLocales } from '../lib/roles'
import { isLocaleCode, type LocaleCode } from '../locales'
import { textFingerprint } from './fingerprint'
import { localeUpdate } from './localeUpdate'
import { ProblemList, say } from './problems'
import { translatableCollections } from './translatableCollections'
import { isEmptyUnitValue, type TranslatableUnit, translatableUnits } from './units'
import { inlineText, plainToSegments, richTextToSegments, segmentsIntoRichText, segmentsToPlain } from './xliff/lexical'
import type { XliffFile, XliffUnit } from './xliff/model'
import { readXliff } from './xliff/read'

/**
 * The outcome of an import: the problems found (the first MAX_REPORTED_PROBLEMS, then a line saying
 * how many more) and how many there were, with nothing written; or what was written.
 */
export type ImportReport =
  | { ok: false; problems: string[]; problemCount: number }
  | {
      ok: true
      srcLang: LocaleCode
      trgLang: LocaleCode
      /** `collection/id` of each document whose target text changed. */
      updated: string[]
      /** `collection/id` of each document the file names whose text was already the same. */
      unchanged: string[]
      units: number
    }

interface PlannedWrite {
  collection: string
  id: number | string
  current: Record<string, unknown>
  values: Map<string, unknown>
  reviewed: boolean
  publish: boolean
}

/**
 * Imports a translated XLIFF 2.0 file, all or nothing. The file is checked completely first: XML,
 * XLIFF 2.0, the languages, every document and field it names, and that each unit's source is still
 * the document's current source text (otherwise the translation would be of text that no longer
 * exists), and that each target fits its field's limit. A file over the size limits of cms/limits.ts is
 * refused before it is parsed. Any problem rejects the whole file with the list, and nothing is
 * written; after MAX_REPORTED_PROBLEMS problems the documents left are not checked. A good file
 * writes the target locale only, in one transaction, and marks each changed document's translation
 * "translated" (or "reviewed" when every segment says so) against the current source fingerprint.
 * Units without a target are left alone; a unit whose target equals the stored text changes nothing.
 *
 * With `user`, the import runs as that user (the admin upload), so a translator can import only into
 * their own locales and their changes are saved as drafts. Without it (the command line) each document
 * is written as it stands: published documents stay published with the new text, drafts stay drafts.
 */
export async function importTranslations(
  payload: Payload,
  xml: string,
  user?: TypedUser | null,
  i18n?: I18nLike,
): Promise<ImportReport> {
  const problems = new ProblemList(undefined, i18n)
  const parsed = readXliff(xml, problems)
  if (!parsed.ok) return rejected(problems)
  const { srcLang, trgLang, files } = parsed.document
  if (!isLocaleCode(srcLang)) say(problems, 'xliff.srcLangNotLocale', { value: srcLang })
  if (!isLocaleCode(trgLang)) say(problems, 'xliff.trgLangNotLocale', { value: trgLang })
  if (srcLang === trgLang) say(problems, 'xliff.sameLanguages', { value: srcLang })
  const translator = user && worksInAssignedLocales(user as RoleHolder) ? (user as RoleHolder) : undefined
  if (translator && isLocaleCode(trgLang) && !translator.assignedLocales?.includes(trgLang)) {
    say(problems, 'xliff.notYourTarget', { locales: translator.assignedLocales?.join(', ') ?? '', locale: trgLang })
  }
  if (problems.length > 0) return rejected(problems)
  const source = srcLang as LocaleCode
  const target = trgLang as LocaleCode

  const collections = new Map(translatableCollections(payload).map((c) => [c.slug, c]))
  const writes: PlannedWrite[] = []
  const unchanged: string[] = []
  let unitCount = 0
  for (const [index, file] of files.entries()) {
    if (problems.full) return rejected(problems, files.length - index)
    const plan = await planFile(payload, collections, file, { source, target, mayPublish: !translator }, problems)
    if (!plan) continue
    unitCount += plan.values.size
    if (plan.values.size === 0) unchanged.push(file.original)
    else writes.push(plan)
  }
  if (problems.length > 0) return rejected(problems)

  const req = await createLocalReq({ user: user ?? undefined, context: { translationImport: true } }, payload)
  await initTransaction(req)
  try {
    for (const write of writes) {
      await payload.update({
        collection: write.collection as never,
        id: write.id,
        locale: target,
        data: {
          ...localeUpdate(write.current, write.values),
          translationRequest: write.reviewed ? 'reviewed' : 'translated',
          ...(write.publish ? { _status: 'published' } : {}),
        } as never,
        draft: !write.publish,
        depth: 0,
        overrideAccess: !user,
        user: user ?? undefined,
        req,
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    const reason = refusalText(error, payload, i18n)
    return { ok: false, problems: [requestTranslator({ i18n })('xliff.nothingWritten', { reason })], problemCount: 1 }
  }
  return {
    ok: true,
    srcLang: source,
    trgLang: target,
    updated: writes.map((w) => `${w.collection}/${w.id}`),
    unchanged,
    units: unitCount,
  }
}

function rejected(problems: ProblemList, unchecked = 0): ImportReport {
  const list = problems.list()
  if (unchecked > 0)
    list.push(requestTranslator({ i18n: problems.i18n })('xliff.checkingStopped', { count: unchecked }))
  return { ok: false, problems: list, problemCount: problems.length }
}

async function planFile(
  payload: Payload,
  collections: Map<string, SanitizedCollectionConfig>,
  file: XliffFile,
  { source, target, mayPublish }: { source: LocaleCode; target: LocaleCode; mayPublish: boolean },
  problems: ProblemList,
): Promise<PlannedWrite | undefined> {
  const where = requestTranslator({ i18n: problems.i18n })('xliff.fileOf', {
    id: `"${file.id}"`,
    original: file.original,
  })
  const match = /^([a-z0-9-]+)\/([A-Za-z0-9-]+)$/.exec(file.original)
  const config = match ? collections.get(match[1]) : undefined
  if (!match || !config) {
    say(problems, 'xliff.notADocument', { where, original: file.original })
    return undefined
  }
  const id = /^\d+$/.test(match[2]) ? Number(match[2]) : match[2]
  const read = (locale: LocaleCode) => latestVersion({ payload, collection: config.slug, id, locale, orNull: true })
  const sourceDoc = await read(source)
  const targetDoc = await read(target)
  if (!sourceDoc || !targetDoc) {
    say(problems, 'xliff.noSuchDocument', { where })
    return undefined
  }
  const fields = config.fields as Field[]
  const sourceUnits = new Map(translatableUnits(fields, sourceDoc).map((u) => [u.id, u]))
  const targetUnits = new Map(translatableUnits(fields, targetDoc).map((u) => [u.id, u]))
  const values = new Map<string, unknown>()
  let reviewed = true
  for (const unit of file.units) {
    const at = requestTranslator({ i18n: problems.i18n })('xliff.unitOf', { file: where, id: unit.id })
    const current = sourceUnits.get(unit.id)
    if (!current) {
      say(problems, 'xliff.noSuchField', { where: at, unit: unit.id })
      continue
    }
    if (current.kind !== unit.kind) {
      say(problems, current.kind === 'richText' ? 'xliff.notRichText' : 'xliff.notPlainText', { where: at })
      continue
    }
    if (!sameSource(current, unit)) {
      say(problems, 'xliff.sourceChanged', { where: at, locale: source })
      continue
    }
    const translated = unit.segments.filter((s) => s.target !== null).length
    if (translated === 0) continue
    if (translated < unit.segments.length) {
      say(problems, 'xliff.partlyTranslated', { where: at, count: translated, total: unit.segments.length })
      continue
    }
    const targets = unit.segments.map((s) => s.target ?? [])
    let value: unknown
    try {
      value =
        unit.kind === 'richText'
          ? segmentsIntoRichText(current.value as SerializedEditorState, targets)
          : segmentsToPlain(targets)
    } catch (error) {
      // the file does not fit the document's rich text: a problem with the file, reported with the others
      problems.push(`${at}: ${(error as Error).message}`)
      continue
    }
    const tooLarge = fieldSizeProblem(current.field, value, problems.i18n)
    if (tooLarge) {
      say(problems, 'xliff.doesNotFit', { where: at, label: current.label, reason: tooLarge })
      continue
    }
    const stored = targetUnits.get(unit.id)
    if (!stored || !sameText(stored, value)) values.set(unit.id, value)
    if (!unit.segments.every((s) => s.state === 'reviewed' || s.state === 'final')) reviewed = false
  }
  // translators never publish; everyone else keeps the document as it stands
  const publish = mayPublish && sourceDoc._status === 'published'
  return { collection: config.slug, id, current: targetDoc, values, reviewed, publish }
}

function sameSource(current: TranslatableUnit, unit: XliffUnit): boolean {
  const segments =
    current.kind === 'richText'
      ? richTextToSegments(current.value as SerializedEditorState)
      : plainToSegments(isEmptyUnitValue(current.value) ? '' : String(current.value))
  if (segments.length !== unit.segments.length) return false
  return segments.every((segment, i) => inlineText(segment) === inlineText(unit.segments[i].source))
}

function sameText(stored: TranslatableUnit, value: unknown): boolean {
  return textFingerprint([stored]) === textFingerprint([{ ...stored, value }])
}

/**
 * A refusal's own words (a translator's limits, a field's validation), which the importer may read;
 * anything else is logged and summarised, since its message may hold SQL or file paths.
 */
function refusalText(error: unknown, payload: Payload, i18n?: I18nLike): string {
  const { status, isPublic, message } = error as { status?: number; isPublic?: boolean; message?: string }
  if (isPublic === true || (isPublic === undefined && status !== undefined && status < 500)) return String(message)
  payload.logger.error({ err: error, msg: 'Translation import failed' })
  return requestTranslator({ i18n })('xliff.saveFailed')
}
