import { readFileSync } from 'node:fs'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { DocumentKey } from '../../../shared/formats/documentKey'
import { handedInputs } from './handedInputs'

type BuildInput = 'SITE_CONTENT_FILE' | 'SITE_ONLY_DOCUMENTS' | 'SITE_ONLY_LISTS'

/** The file each variable named when last read, and what it held. */
const read = new Map<BuildInput, { file: string; value: unknown }>()

/**
 * A JSON file the site updater hands a build through an environment variable, read once per file;
 * null when the variable is unset. Only the latest file of each is kept: the kept renderer
 * (integrations/keptRenderer.ts) is handed new ones, update after update, and may hand the content in
 * memory instead of a written file (handedInputs.ts).
 */
function buildInput<T>(variable: BuildInput): T | null {
  const file = process.env[variable]
  if (!file) return null
  let input = read.get(variable)
  if (input?.file !== file) {
    const handed = handedInputs()
    input = { file, value: handed.has(file) ? handed.get(file) : JSON.parse(readFileSync(file, 'utf8')) }
    read.set(variable, input)
  }
  return input.value as T
}

/** The snapshot a build was told to render from (SITE_CONTENT_FILE), or null when it reads the CMS. */
export function snapshotFromEnvironment(): ContentSnapshot | null {
  return buildInput<ContentSnapshot>('SITE_CONTENT_FILE')
}

/**
 * The documents a partial build renders (SITE_ONLY_DOCUMENTS names a JSON file of their keys), or
 * null for a full build. Document pages are filtered by it, section-wide pages by onlyLists(); pages
 * that show no content are left out (contentFree() in staticPaths.ts), and the other pages that gather
 * content (homes, site map, the sitemap's index, page index) are always rendered.
 */
export function onlyDocuments(): Set<DocumentKey> | null {
  const keys = buildInput<DocumentKey[]>('SITE_ONLY_DOCUMENTS')
  return keys ? new Set(keys) : null
}

/**
 * The section-wide pages a partial build renders: list pages, calendar feeds (the events list as
 * iCalendar) and parts of the sitemap (SITE_ONLY_LISTS names a JSON file of their paths), or
 * null for all of them.
 */
export function onlyLists(): Set<string> | null {
  const paths = buildInput<string[]>('SITE_ONLY_LISTS')
  return paths ? new Set(paths) : null
}
