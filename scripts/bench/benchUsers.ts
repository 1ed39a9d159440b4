/**
 * The benchmark's accounts, in the SQLite database in DATA_DIR (a fresh load or one kept with --data):
 * the editor that publishes through the REST API and the translator whose text waits for review.
 * Created when missing, in their own process (the CMS config binds to the database when imported).
 */
import { getPayload } from 'payload'
import { migrateDatabase } from '../../cms/migrate'
import { benchEditor, benchTranslator } from './cmsServer'

const { default: config } = await import('../../cms/payload.config')
const payload = await getPayload({ config })
// a load kept with --data may predate the newest migrations
await migrateDatabase(payload)
for (const user of [
  { ...benchEditor, role: 'editor' as const },
  { ...benchTranslator, role: 'translator' as const, assignedLocales: ['lt' as const] },
]) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
  if (totalDocs === 0) await payload.create({ collection: 'users', data: user, overrideAccess: true })
}
await payload.destroy()
process.exit(0)
