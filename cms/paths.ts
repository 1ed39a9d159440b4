import path from 'node:path'

/**
 * Where the project keeps its local state. npm scripts run from the project root, and so does the
 * Next.js server, so paths are resolved from the working directory (Next bundles this module, which
 * makes import.meta.url point into .next/). PROJECT_ROOT and DATA_DIR override them. These are
 * functions, read when called, so a process (a test) can point them elsewhere after importing.
 */
export function projectRoot(): string {
  // turbopackIgnore: this is runtime state, not source for the Next.js build to trace
  return path.resolve(/*turbopackIgnore: true*/ process.env.PROJECT_ROOT ?? process.cwd())
}

/** Untracked local state: the SQLite database and uploaded media. */
export function dataDir(): string {
  return path.resolve(projectRoot(), process.env.DATA_DIR || 'data')
}

/** Uploaded files and their generated sizes. */
export function mediaDir(): string {
  return path.join(dataDir(), 'media')
}

/** The embedded database used when DATABASE_URL is not set. */
export function defaultSqliteUrl(): string {
  return `file:${path.join(dataDir(), 'cms.db')}`
}

/** Mail the CMS would have sent, as .eml files, when no SMTP server is configured (development). */
export function outboxDir(): string {
  return path.join(dataDir(), 'outbox')
}
