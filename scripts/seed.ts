/**
 * `npm run seed`: loads content-seed/ into the database DATABASE_URL selects (the embedded SQLite
 * file by default). Re-running changes nothing; an edited file updates its document only; a broken
 * file stops the seed with its name and the problem before anything is written.
 */
import { runSeed, SeedError } from '../cms/seed/runSeed'
import { openCms } from './lib/openCms'

const payload = await openCms()
try {
  const report = await runSeed(payload)
  console.log(
    `Seed done: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged.`,
  )
  for (const id of report.created) console.log(`  + ${id}`)
  for (const id of report.updated) console.log(`  ~ ${id}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof SeedError ? error.message : error)
  await payload.destroy()
  process.exit(1)
}
