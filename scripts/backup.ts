/**
 * `npm run backup [-- --out DIR]`: writes one dated archive (backups/cms-<time>.tar.gz) with a
 * consistent copy of the database DATABASE_URL selects and the uploaded media (DATA_DIR/media). Safe
 * while the CMS is running. Bring it back with `npm run restore -- FILE`.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadEnv } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { backup } from './lib/backup'

loadEnv()
const { values } = parseArgs({ options: { out: { type: 'string' } } })
try {
  const file = await backup({
    databaseUrl: process.env.DATABASE_URL,
    outDir: path.resolve(values.out ?? path.join(projectRoot(), 'backups')),
  })
  const relative = path.relative(process.cwd(), file)
  console.log(`Backup written: ${relative.startsWith('..') ? file : relative}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
