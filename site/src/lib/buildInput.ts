import { readFileSync } from 'node:fs'

const read = new Map<string, unknown>()

/**
 * A JSON file the site updater hands a build through an environment variable (SITE_CONTENT_FILE,
 * SITE_ONLY_DOCUMENTS), read once per process; null when the variable is unset.
 */
export function buildInput<T>(variable: string): T | null {
  const file = process.env[variable]
  if (!file) return null
  if (!read.has(file)) read.set(file, JSON.parse(readFileSync(file, 'utf8')))
  return read.get(file) as T
}
