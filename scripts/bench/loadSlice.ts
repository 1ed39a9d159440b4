/**
 * The benchmark's load into one database, in its own process (the CMS config binds to DATABASE_URL when
 * it is imported): migrate the database, write synthetic documents [from, to) (and, in the first slice,
 * the given number of images), print the timing and the process's memory before and after as JSON.
 * Both memory figures are read when the CMS has next found itself quiet and given back what it had
 * freed (cms/quietMemoryRelease.ts), as a running CMS does a few seconds after a burst of saves.
 */
import { getPayload } from 'payload'
import { migrateDatabase } from '../../cms/migrate'
import { releaseFreedMemoryWhenQuiet } from '../../cms/quietMemoryRelease'
import { type LoadWrite, loadSyntheticContent } from './syntheticContent'

const [scale, from, to, images = 0] = process.argv.slice(2, 6).map(Number)
const write = (process.argv[6] ?? 'editor') as LoadWrite
const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
await migrateDatabase(payload)
const memoryRelease = releaseFreedMemoryWhenQuiet()
const rssWhenQuietMb = async () => {
  await memoryRelease.nextQuietCheck()
  return Math.round(process.memoryUsage.rss() / 1e6)
}
const rssStartMb = await rssWhenQuietMb()
const result = await loadSyntheticContent(payload, scale, { range: { from, to }, images, write })
const rssEndMb = await rssWhenQuietMb()
await payload.destroy()
console.log(`BENCH_RESULT ${JSON.stringify({ ...result, rssStartMb, rssEndMb })}`)
process.exit(0)
