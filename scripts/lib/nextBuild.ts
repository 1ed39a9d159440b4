import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

const cmsDir = () => path.join(projectRoot(), 'cms')
const stampFile = () => path.join(cmsDir(), '.next', 'source-hash')

/** A hash of everything the admin build depends on: cms/ sources and the lockfile. */
export function cmsSourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '.next' || name === 'node_modules') continue
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else hash.update(file).update(readFileSync(file))
    }
  }
  walk(cmsDir())
  hash.update(readFileSync(path.join(projectRoot(), 'package-lock.json')))
  return hash.digest('hex')
}

/** True when cms/.next holds a production build of the current sources. */
export function cmsBuildIsCurrent(hash = cmsSourceHash()): boolean {
  return (
    existsSync(path.join(cmsDir(), '.next', 'BUILD_ID')) &&
    existsSync(stampFile()) &&
    readFileSync(stampFile(), 'utf8') === hash
  )
}

/** Records that cms/.next was built from sources with this hash. */
export function markCmsBuilt(hash: string): void {
  writeFileSync(stampFile(), hash)
}
