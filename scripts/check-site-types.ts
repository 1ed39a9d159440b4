/**
 * Type-checks the Astro site (every .astro and .ts file under site/, and the shared/ modules it reads)
 * with `astro check`, failing on any error, warning or hint (hints are unused code). The content layer
 * runs during the check; it is given an empty content snapshot so no CMS is needed.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { emptySnapshot } from '../shared/formats/contentSnapshot'

const dir = mkdtempSync(path.join(tmpdir(), 'site-types-'))
const snapshotFile = path.join(dir, 'content.json')
writeFileSync(snapshotFile, JSON.stringify(emptySnapshot()))
try {
  const result = spawnSync('npx', ['astro', 'check', '--root', 'site', '--minimumFailingSeverity', 'hint'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_CONTENT_FILE: snapshotFile, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  process.exitCode = result.status ?? 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
