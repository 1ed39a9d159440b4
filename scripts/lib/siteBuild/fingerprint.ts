import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import { settingsFrom } from '../../../shared/settings'

/** What the site's pages are made from besides content: its code and what it imports from outside site/. */
const SOURCES = [
  'site/src',
  'site/astro.config.ts',
  'site/public',
  'cms/locales.ts',
  'cms/paths.ts',
  'cms/lib',
  'cms/translation/statuses.ts',
  'shared',
  'package-lock.json',
]

/**
 * What a build's output depends on besides content: the site's code (site/, what it imports from
 * cms/ and shared/, the installed packages), the settings the build reads, and the build date. An
 * incremental update builds on the live build only when this is unchanged.
 */
export function buildFingerprint(env: NodeJS.ProcessEnv, buildDate: string): string {
  const root = projectRoot()
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    const full = path.join(root, source)
    if (!existsSync(full)) continue
    const files = lstatSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, encoding: 'utf8' })
          .map((f) => path.join(full, f))
          .filter((f) => lstatSync(f).isFile())
          .sort()
      : [full]
    for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file))
  }
  const { siteUrl, cmsUrl } = settingsFrom(env)
  hash.update(JSON.stringify([siteUrl, cmsUrl, buildDate]))
  return hash.digest('hex').slice(0, 16)
}
