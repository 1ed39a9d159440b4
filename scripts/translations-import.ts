/**
 * `npm run translations:import -- file.xlf [more.xlf …]`: writes translated XLIFF 2.0 files back, each
 * all or nothing. A file with problems is rejected with every problem listed and changes nothing.
 */
import { readFile, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { formatBytes } from '../cms/lib/formatBytes'
import { XLIFF_MAX_BYTES } from '../cms/limits'
import { importTranslations } from '../cms/translation/importTranslations'
import { openCms } from './lib/openCms'

const { positionals } = parseArgs({ allowPositionals: true })
if (positionals.length === 0) {
  console.error('Usage: npm run translations:import -- <file.xlf> [more.xlf …]')
  process.exit(2)
}

const payload = await openCms()
let code = 0
for (const path of positionals) {
  // the same limit as an upload, checked before the file is read into memory
  const { size } = await stat(path)
  if (size > XLIFF_MAX_BYTES) {
    code = 1
    console.error(
      `${path}: rejected, nothing written: the file is ${formatBytes(size)}; an XLIFF file may be at most ${formatBytes(XLIFF_MAX_BYTES)}. Export fewer documents per file (--collection, --id, --status).`,
    )
    continue
  }
  const report = await importTranslations(payload, await readFile(path, 'utf8'))
  if (!report.ok) {
    code = 1
    console.error(`${path}: rejected, nothing written (${report.problemCount.toLocaleString('en')} problems):`)
    for (const problem of report.problems) console.error(`  - ${problem}`)
    continue
  }
  console.log(
    `${path}: ${report.srcLang} → ${report.trgLang}, ${report.updated.length} documents updated, ${report.unchanged.length} unchanged.`,
  )
  for (const doc of report.updated) console.log(`  ~ ${doc}`)
}
await payload.destroy()
process.exit(code)
