import { readFileSync } from 'node:fs'
import type { ContentSlug } from '../../../shared/contentTypes'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { DocumentKey } from '../../../shared/formats/documentKey'

const read = new Map<string, unknown>()

/**
 * A JSON file the site updater hands a build through an environment variable, read once per process;
 * null when the variable is unset.
 */
function buildInput<T>(variable: 'SITE_CONTENT_FILE' | 'SITE_ONLY_DOCUMENTS' | 'SITE_ONLY_LISTS'): T | null {
  const file = process.env[variable]
  if (!file) return null
  if (!read.has(file)) read.set(file, JSON.parse(readFileSync(file, 'utf8')))
  return read.get(file) as T
}

/** The snapshot a build was told to render from (SITE_CONTENT_FILE), or null when it reads the CMS. */
export function snapshotFromEnvironment(): ContentSnapshot | null {
  return buildInput<ContentSnapshot>('SITE_CONTENT_FILE')
}

/**
 * The documents a partial build renders (SITE_ONLY_DOCUMENTS names a JSON file of their keys), or
 * null for a full build. Document pages are filtered by it, list pages by onlyLists(); every other
 * page is always rendered.
 */
export function onlyDocuments(): Set<DocumentKey> | null {
  const keys = buildInput<DocumentKey[]>('SITE_ONLY_DOCUMENTS')
  return keys ? new Set(keys) : null
}

/**
 * The sections whose list pages a partial build renders (SITE_ONLY_LISTS names a JSON file of their
 * slugs), or null for every section's.
 */
export function onlyLists(): Set<ContentSlug> | null {
  const sections = buildInput<ContentSlug[]>('SITE_ONLY_LISTS')
  return sections ? new Set(sections) : null
}
