import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'

/** One parsed document file from content-seed/. */
export interface SeedFile {
  /** Path relative to the seed directory, for messages: "clusters/ltpp-cluster.yaml". */
  file: string
  /** 'collection' for documents, 'global' for content-seed/globals/<slug>.yaml. */
  kind: 'collection' | 'global'
  /** Collection or global slug. */
  slug: string
  /** The file name without extension: the document's stable identity. */
  key: string
  sourceLocale: unknown
  status: unknown
  data: unknown
  /** SHA-256 of the file's bytes: unchanged files are skipped on re-runs. */
  hash: string
}

/**
 * The folder beside the documents that says where their facts come from: the source documents
 * (provenance/sources/) and, per document, the facts it states with the words of the source that state
 * them (provenance/facts/<slug>/<key>.yaml). Not loaded; tests/unit/seedFacts.test.ts checks it.
 */
export const PROVENANCE = 'provenance'

/** A problem found in a seed file, named by file and (where it applies) field path. */
export interface SeedProblem {
  file: string
  path?: string
  message: string
}

/** Formats problems as one readable block, one line each. */
export function formatProblems(problems: SeedProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`).join('\n')
}

/**
 * Reads every `<slug>/<key>.yaml` under `dir`. YAML syntax errors and wrong top-level shapes are
 * collected as problems rather than thrown, so one run reports every broken file at once.
 */
export async function readSeedFiles(dir: string): Promise<{ files: SeedFile[]; problems: SeedProblem[] }> {
  const files: SeedFile[] = []
  const problems: SeedProblem[] = []
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name !== PROVENANCE)
    .map((d) => d.name)
  for (const folder of folders.sort()) {
    const names = (await readdir(path.join(dir, folder))).filter((n) => /\.ya?ml$/.test(n)).sort()
    for (const name of names) {
      const file = `${folder}/${name}`
      const text = await readFile(path.join(dir, folder, name), 'utf8')
      let doc: unknown
      try {
        doc = parse(text, { prettyErrors: true, uniqueKeys: true })
      } catch (error) {
        problems.push({ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
        continue
      }
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
        problems.push({ file, message: 'expected a mapping with sourceLocale, status and data' })
        continue
      }
      const { sourceLocale, status, data, ...rest } = doc as Record<string, unknown>
      for (const extra of Object.keys(rest)) problems.push({ file, message: `unknown top-level key "${extra}"` })
      const isGlobal = folder === 'globals'
      files.push({
        file,
        kind: isGlobal ? 'global' : 'collection',
        slug: isGlobal ? name.replace(/\.ya?ml$/, '') : folder,
        key: name.replace(/\.ya?ml$/, ''),
        sourceLocale,
        status,
        data,
        hash: createHash('sha256').update(text).digest('hex'),
      })
    }
  }
  return { files, problems }
}
