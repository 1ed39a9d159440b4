import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** HTML for a rich-text field (Lexical JSON), or an empty string. Payload's own converter escapes text. */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as never, disableContainer: true })
}
