import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A rich-text field's value: Lexical's JSON, as Payload stores it and payload-types.ts describes it. */
type RichText = SerializedEditorState | { root: object } | null | undefined

/** HTML for a rich-text field (Lexical JSON), or an empty string. Payload's own converter escapes text. */
export function richTextToHtml(value: RichText): string {
  if (!value || !('root' in value)) return ''
  // payload-types.ts declares the nodes loosely ([k: string]: unknown); the CMS validated them as Lexical's
  return convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true })
}
