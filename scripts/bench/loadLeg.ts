/**
 * One database leg of the benchmark, in its own process (the CMS config binds to DATABASE_URL when it
 * is imported): migrate an empty database, write the synthetic content, print the timing as JSON.
 */
import { getPayload } from 'payload'
import { migrateDatabase } from '../../cms/migrate'
import { loadSyntheticContent } from './syntheticContent'

const scale = Number(process.argv[2] ?? 100)
const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
await migrateDatabase(payload)
const result = await loadSyntheticContent(payload, scale)
// the benchmark publishes through the REST API as this editor
await payload.create({
  collection: 'users',
  data: { email: 'bench@example.com', password: 'bench-password-1', role: 'editor' } as never,
  overrideAccess: true,
})
await payload.destroy()
console.log(`BENCH_RESULT ${JSON.stringify(result)}`)
process.exit(0)
