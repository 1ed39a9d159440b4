import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, testDatabase } from './support/testCms'

const run = promisify(execFile)

if (testDatabase === 'mongodb') console.log('[migrations] not run on MongoDB: it has no schema migrations.')

describe.runIf(testDatabase !== 'mongodb')(`committed migrations match the collections (${testDatabase})`, () => {
  const dir = path.resolve('cms/migrations', testDatabase)
  let payload: Payload

  beforeAll(async () => {
    // creates a migrated database and points DATABASE_URL at it
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  it('payload migrate:create finds no schema change to write', async () => {
    const before = readdirSync(dir)
    const index = readFileSync(path.join(dir, 'index.ts'), 'utf8')
    const { stdout, stderr } = await run('npx', ['payload', 'migrate:create', 'drift-check', '--skip-empty'], {
      env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' },
    })
    const added = readdirSync(dir).filter((f) => !before.includes(f))
    // undo what a drift would have written, so a failing run leaves the work tree as it was
    for (const file of added) rmSync(path.join(dir, file))
    writeFileSync(path.join(dir, 'index.ts'), index)
    expect(
      added,
      `a collection changed without a migration; run \`npm run migrate:create -- <name>\`\n${stdout}${stderr}`,
    ).toEqual([])
  })
})
