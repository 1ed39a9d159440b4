/**
 * `npm run translations:export -- --locale lt --out lt.xlf [--collection clusters] [--id 12] [--source pl]
 * [--status missing,outdated]`: writes the localized text of documents as XLIFF 2.0 for a CAT tool.
 * XLIFF has one source language per file; without --source, documents written in different languages
 * go to one file per source locale (lt.xlf becomes lt.from-pl.xlf, lt.from-it.xlf).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { exportTranslations } from '../cms/translation/exportTranslations'
import { openCms } from './lib/openCms'

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    out: { type: 'string' },
    collection: { type: 'string' },
    id: { type: 'string' },
    source: { type: 'string' },
    status: { type: 'string' },
  },
})
if (!values.locale || !values.out) {
  console.error(
    'Usage: npm run translations:export -- --locale <pl|it|lt|en> --out <file.xlf> [--collection <slug>] [--id <id>] [--source <locale>] [--status missing,outdated]',
  )
  process.exit(2)
}

const payload = await openCms()
let code = 0
try {
  const files = await exportTranslations(payload, {
    locale: values.locale,
    collection: values.collection,
    id: values.id,
    source: values.source,
    statuses: values.status?.split(','),
  })
  if (files.length === 0) console.log('Nothing to translate for this selection; no file written.')
  for (const file of files) {
    const path = files.length === 1 ? values.out : values.out.replace(/(\.xlf)?$/, `.from-${file.srcLang}$1`)
    await writeFile(path, file.xml)
    console.log(`${path}: ${file.documents} documents, ${file.units} units, ${file.srcLang} → ${file.trgLang}`)
  }
} catch (error) {
  console.error((error as Error).message)
  code = 1
}
await payload.destroy()
process.exit(code)
