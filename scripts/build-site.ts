/**
 * `npm run build:site`: builds the static site from the CMS at CMS_URL (default http://localhost:3000)
 * into site/dist, then indexes it for search with Pagefind (one index per language).
 */
import { buildSite } from './lib/siteBuild'

const { ok } = await buildSite()
process.exit(ok ? 0 : 1)
