/**
 * The benchmark's load into one database, in its own process (the CMS config binds to DATABASE_URL when
 * it is imported): migrate the database, write synthetic documents [from, to) (and, in the first slice,
 * the given number of images), print the timing and the process's memory before and after as JSON.
 * Run with --expose-gc, so both memory figures are taken after a full garbage collection: what the
 * writes left behind, not garbage not yet collected.
 */
import { getPayload } from 'payload'
import { migrateDatabase } from '../../cms/migrate'
import { loadSyntheticContent } from './syntheticContent'

const [scale, from, to, images = 0] = process.argv.slice(2).map(Number)
const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
await migrateDatabase(payload)
const rssMb = () => {
  globalThis.gc?.()
  return Math.round(process.memoryUsage().rss / 1e6)
}
const rssStartMb = rssMb()
const result = await loadSyntheticContent(payload, scale, { range: { from, to }, images })
const rssEndMb = rssMb()
await payload.destroy()
console.log(`BENCH_RESULT ${JSON.stringify({ ...result, rssStartMb, rssEndMb })}`)
process.exit(0)
