import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
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
    // loading the whole CMS config and generating types is seconds of CPU: minutes on a busy machine
  }, 180_000)

  it('site/public/favicon.svg is the portal mark (run `npm run make:icons` after changing shared/brand/mark.ts)', async () => {
    const { markSvg } = await import('../../shared/brand/mark')
    expect(readFileSync('site/public/favicon.svg', 'utf8')).toBe(markSvg)
  })

  it('migrations import their argument types as types (a value import of a type fails when they are loaded)', () => {
    for (const kind of ['sqlite', 'postgres']) {
      for (const file of readdirSync(`cms/migrations/${kind}`).filter((f) => /^\d.*\.ts$/.test(f))) {
        const imports = readFileSync(`cms/migrations/${kind}/${file}`, 'utf8').match(/^import .*$/m)?.[0]
        expect(imports, file).toBe(
          `import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-${kind}'`,
        )
      }
    }
  })
})
