/**
 * `npm run restore -- FILE [--force]`: brings a backup from `npm run backup` back into the database
 * DATABASE_URL selects and DATA_DIR/media. The archive is checked first; a data folder or database
 * that already holds content is replaced only with --force. Stop the CMS first.
 */
import { parseArgs } from 'node:util'
import { loadEnv } from '../cms/env'
import { RestoreError, restore } from './lib/restore'

loadEnv()
const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true })
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- backups/cms-<time>.tar.gz [--force]')
  process.exit(2)
}
try {
  const report = await restore({ file: positionals[0], databaseUrl: process.env.DATABASE_URL, force: values.force })
  console.log(`Restored the ${report.database} backup from ${report.createdAt} with ${report.mediaFiles} media files.`)
} catch (error) {
  console.error(error instanceof RestoreError ? `Nothing restored: ${error.message}` : error)
  process.exit(1)
}
