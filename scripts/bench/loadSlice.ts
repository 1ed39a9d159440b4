/**
 * One slice of the benchmark's load into one database, in its own process (the CMS config binds to DATABASE_URL when it
 * is imported): migrate the database, write synthetic documents [from, to) (and, in the first slice,
 * the given number of images), print the timing as JSON.
 * legs/load.ts runs it once per slice of documents: the SQLite driver (libsql 0.5) never frees the native
 * memory of a prepared statement, about 0.35 MB per document written here, so one process for 10,000
 * documents would need over 12 GB. A fresh process per slice keeps the peak near 2 GB.
 */
import { getPayload } from 'payload'
import { migrateDatabase } from '../../cms/migrate'
import { loadSyntheticContent } from './syntheticContent'

const [scale, from, to, images = 0] = process.argv.slice(2).map(Number)
const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
await migrateDatabase(payload)
const result = await loadSyntheticContent(payload, scale, { range: { from, to }, images })
await payload.destroy()
console.log(`BENCH_RESULT ${JSON.stringify(result)}`)
process.exit(0)
