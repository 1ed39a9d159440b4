/**
 * `npm run build:site`: a full build of the static site from the CMS at CMS_URL (default
 * http://localhost:3000), every page and the Pagefind index (one per language), made live in one step.
 * `-- --incremental` renders only the pages changed since the live build, as the site updater does.
 */
import { buildSite } from './lib/siteBuild'

const { ok, kind } = await buildSite(process.env, { full: !process.argv.includes('--incremental') })
if (ok)
  console.log(
    `Site ${kind === 'unchanged' ? 'unchanged: nothing published since the live build' : `${kind} build live`}.`,
  )
process.exit(ok ? 0 : 1)
