import path from 'node:path'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  type GlobalSlug,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { createInAllLocales } from '../bulkLoad/createInAllLocales'
import { type LocaleCode, localeCodes } from '../locales'
import { projectRoot } from '../paths'
import { dataForLocale } from './dataForLocale'
import { formatProblems, readSeedFiles, type SeedFile, type SeedProblem } from './readSeedFiles'
import { fieldsOf, validateSeedFiles } from './validateSeedFiles'

/** Where the seed documents live. */
export const defaultSeedDir = path.join(projectRoot(), 'content-seed')

/** What a seed run did, by `<collection>/<key>`. */
export interface SeedReport {
  created: string[]
  updated: string[]
  unchanged: string[]
}

/** A seed that stopped; `problems` names every file and field at fault. Nothing was written. */
export class SeedError extends Error {
  constructor(
    readonly problems: SeedProblem[],
    headline = 'The seed stopped; nothing was written.',
  ) {
    super(`${headline}\n${formatProblems(problems)}`)
    this.name = 'SeedError'
  }
}

type Stored = { id: number | string; seedHash?: string | null }

/**
 * Loads content-seed/ into the configured database. Every file is read and checked first; then all
 * writes happen in one transaction, so a file the CMS rejects leaves the database as it was. Files
 * whose hash matches the stored document's are skipped, which makes re-runs no-ops and an edited file
 * update only its own document. A new document is written with all its locales at once; a changed
 * one in its source locale first, then the other locales into the same rows, as an editor saves it.
 */
export async function runSeed(payload: Payload, { dir = defaultSeedDir } = {}): Promise<SeedReport> {
  const { files, problems } = await readSeedFiles(dir)
  problems.push(...validateSeedFiles(payload.config, files))
  if (problems.length > 0) throw new SeedError(problems)

  const ordered = orderByReferences(payload, files)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const markdownToRichText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const report: SeedReport = { created: [], updated: [], unchanged: [] }

  const req = await createLocalReq({ context: { seed: true } }, payload)
  await initTransaction(req)
  let current: SeedFile | undefined
  try {
    const stored = await loadStoredSeedDocuments(payload, req, files)
    const resolveRef = (collection: string, key: string) => {
      const doc = stored.get(`${collection}/${key}`)
      if (!doc) throw new Error(`${collection}/${key} has not been written yet`)
      return doc.id
    }
    for (const file of ordered) {
      current = file
      const id = seedId(file)
      const before = stored.get(id)
      if (before && before.seedHash === file.hash) {
        report.unchanged.push(id)
        continue
      }
      const written =
        file.kind === 'global'
          ? await writeGlobal(payload, req, file, { resolveRef, markdownToRichText })
          : await writeDocument(payload, req, file, before, { resolveRef, markdownToRichText })
      stored.set(id, written)
      ;(before ? report.updated : report.created).push(id)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    if (error instanceof SeedError || !current) throw error
    throw new SeedError(problemsFrom(error, current.file))
  }
  return report
}

interface Converters {
  resolveRef: (collection: string, key: string) => number | string
  markdownToRichText: (markdown: string) => unknown
}

async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  file: SeedFile,
  before: Stored | undefined,
  converters: Converters,
): Promise<Stored> {
  const collection = file.slug as CollectionSlug
  const fields = fieldsOf(payload.config, file)!
  const identity = { sourceLocale: file.sourceLocale, seedKey: file.key, seedHash: file.hash, _status: file.status }
  if (!before) {
    // a new document: all its locales in one write (bulkLoad/createInAllLocales.ts)
    const data = dataForLocale(fields, file.data as Record<string, unknown>, { locale: 'all', ...converters })
    const { id } = await createInAllLocales({ collection, data: { ...data, ...identity }, req })
    return { id, seedHash: file.hash }
  }
  const draft = file.status === 'draft'
  const { id } = before
  let doc: Record<string, unknown> | null = null
  for (const locale of localesSourceFirst(file.sourceLocale as LocaleCode)) {
    // The source locale replaces array rows wholesale; later locales fill the same rows by id.
    const data: Record<string, unknown> = {
      ...dataForLocale(fields, file.data as Record<string, unknown>, { locale, ...converters, existing: doc }),
      ...identity,
    }
    const common = { collection, locale, req, overrideAccess: true, depth: 0, draft, fallbackLocale: false as const }
    doc = (await payload.update({ ...common, id, data: data as never })) as unknown as Record<string, unknown>
  }
  return { id, seedHash: file.hash }
}

async function writeGlobal(
  payload: Payload,
  req: PayloadRequest,
  file: SeedFile,
  converters: Converters,
): Promise<Stored> {
  const fields = fieldsOf(payload.config, file)!
  let doc: Record<string, unknown> | null = null
  for (const locale of localesSourceFirst(file.sourceLocale as LocaleCode)) {
    const data: Record<string, unknown> = {
      ...dataForLocale(fields, file.data as Record<string, unknown>, { locale, ...converters, existing: doc }),
      seedHash: file.hash,
    }
    doc = (await payload.updateGlobal({
      slug: file.slug as GlobalSlug,
      data: data as never,
      locale,
      req,
      overrideAccess: true,
      depth: 0,
      fallbackLocale: false,
    })) as unknown as Record<string, unknown>
  }
  return { id: file.slug, seedHash: file.hash }
}

/** The stored documents that came from seed files, by `<collection>/<key>` (globals by `globals/<slug>`). */
async function loadStoredSeedDocuments(
  payload: Payload,
  req: PayloadRequest,
  files: SeedFile[],
): Promise<Map<string, Stored>> {
  const stored = new Map<string, Stored>()
  for (const slug of new Set(files.filter((f) => f.kind === 'collection').map((f) => f.slug))) {
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where: { seedKey: { exists: true } },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: { seedKey: true, seedHash: true } as never,
    })
    for (const doc of docs as { id: number | string; seedKey?: string; seedHash?: string }[]) {
      if (doc.seedKey) stored.set(`${slug}/${doc.seedKey}`, { id: doc.id, seedHash: doc.seedHash })
    }
  }
  for (const file of files.filter((f) => f.kind === 'global')) {
    const global = (await payload.findGlobal({
      slug: file.slug as GlobalSlug,
      depth: 0,
      overrideAccess: true,
      req,
    })) as {
      seedHash?: string | null
    }
    if (global.seedHash) stored.set(seedId(file), { id: file.slug, seedHash: global.seedHash })
  }
  return stored
}

/**
 * Orders files so every document comes after the documents it refers to (across and within
 * collections). A reference cycle cannot be seeded in one pass and is reported as a problem.
 */
function orderByReferences(payload: Payload, files: SeedFile[]): SeedFile[] {
  const refsOf = new Map<SeedFile, string[]>()
  for (const file of files) {
    const refs: string[] = []
    dataForLocale(fieldsOf(payload.config, file)!, file.data as Record<string, unknown>, {
      locale: localeCodes[0],
      resolveRef: (collection, key) => {
        refs.push(`${collection}/${key}`)
        return 0
      },
      markdownToRichText: () => null,
    })
    refsOf.set(file, refs)
  }
  const done = new Set<string>()
  const ordered: SeedFile[] = []
  let pending = [...files]
  while (pending.length > 0) {
    const ready = pending.filter((f) => refsOf.get(f)!.every((r) => done.has(r) || r === `${f.slug}/${f.key}`))
    if (ready.length === 0) {
      throw new SeedError(
        pending.map((f) => ({ file: f.file, message: 'is part of a reference cycle with other seed files' })),
      )
    }
    for (const f of ready) {
      ordered.push(f)
      done.add(`${f.slug}/${f.key}`)
    }
    pending = pending.filter((f) => !ready.includes(f))
  }
  return ordered
}

/** How reports and the stored-document map name a seed file: `<collection>/<key>` or `globals/<slug>`. */
export function seedId(file: Pick<SeedFile, 'kind' | 'slug' | 'key'>): string {
  return file.kind === 'global' ? `globals/${file.slug}` : `${file.slug}/${file.key}`
}

function localesSourceFirst(source: LocaleCode): LocaleCode[] {
  return [source, ...localeCodes.filter((l) => l !== source)]
}

function problemsFrom(error: unknown, file: string): SeedProblem[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => ({ file, path: e.path, message: e.message }))
  }
  return [{ file, message: error instanceof Error ? error.message : String(error) }]
}
