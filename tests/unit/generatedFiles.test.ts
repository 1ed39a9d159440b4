import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

describe('committed generated files', () => {
  it('cms/payload-types.ts matches the collections (run `npm run generate:types` after a schema change)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cms-types-'))
    process.env.DATABASE_URL = `file:${path.join(dir, 'unused.db')}`
    process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
    const { default: config } = await import('../../cms/payload.config')
    await generateTypes(await config, { log: false })
    const fresh = readFileSync(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8')
    expect(readFileSync('cms/payload-types.ts', 'utf8')).toBe(fresh)
  })
})
