import { readFileSync } from 'node:fs'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { DocumentKey } from '../../../shared/formats/documentKey'

const read = new Map<string, unknown>()

/**
 * A JSON file the site updater hands a build through an environment variable, read once per process;
 * null when the variable is unset.
 */
function buildInput<T>(variable: 'SITE_CONTENT_FILE' | 'SITE_ONLY_DOCUMENTS'): T | null {
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
 * null for a full build. Only document pages are filtered; every other page is always rendered.
 */
export function onlyDocuments(): Set<DocumentKey> | null {
  const keys = buildInput<DocumentKey[]>('SITE_ONLY_DOCUMENTS')
  return keys ? new Set(keys) : null
}
