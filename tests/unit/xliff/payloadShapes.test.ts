import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { richTextToSegments, segmentsIntoRichText } from '../../../cms/translation/xliff/lexical'

/** Link ids are random per conversion; the rest must match Payload's own output. */
function withoutLinkIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLinkIds)
  if (!node || typeof node !== 'object') return node
  const record = node as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !(key === 'id' && record.type === 'link'))
      .map(([key, value]) => [key, withoutLinkIds(value)]),
  )
}

describe('segmentsIntoRichText with the installed @payloadcms/richtext-lexical', () => {
  it('builds the nodes Payload itself builds from the same text', async () => {
    const config = await buildConfig({ secret: 'test', collections: [], db: {} as any })
    const editorConfig = await editorConfigFactory.default({ config })
    const convert = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
    const english = convert(
      '# Clusters\n\nWe **build** _bridges_ with [partners](https://example.com/en).\n\n- one\n- two `code`',
    )
    const lithuanian = convert(
      '# Klasteriai\n\nMes _tiesiame_ **tiltus** su [partneriais](https://example.com/lt).\n\n- vienas\n- du `kodas`',
    )
    const result = segmentsIntoRichText(english, richTextToSegments(lithuanian))
    expect(withoutLinkIds(result)).toEqual(withoutLinkIds(lithuanian))
    expect(segmentsIntoRichText(english, richTextToSegments(english))).toEqual(english)
  })
})
