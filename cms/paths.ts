import path from 'node:path'

/**
 * Where the project keeps its local state. npm scripts run from the project root, and so does the
 * Next.js server, so paths are resolved from the working directory (Next bundles this module, which
 * makes import.meta.url point into .next/). PROJECT_ROOT overrides it.
 */
// turbopackIgnore: this is runtime state, not source for the Next.js build to trace
export const projectRoot = path.resolve(/*turbopackIgnore: true*/ process.env.PROJECT_ROOT ?? process.cwd())

/** Untracked local state: the SQLite database and uploaded media. */
export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? 'data')

/** Uploaded files and their generated sizes. */
export const mediaDir = path.join(dataDir, 'media')

/** The embedded database used when DATABASE_URL is not set. */
export const defaultSqliteUrl = `file:${path.join(dataDir, 'cms.db')}`
