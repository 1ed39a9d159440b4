/** `npm run migrate`: applies the committed migrations to the database DATABASE_URL selects. */
import { openCms } from './lib/openCms'

const payload = await openCms()
await payload.destroy()
console.log('Database is up to date with cms/migrations.')
process.exit(0)
