import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { legalFormsIgnoredInHtml } from './legalForm'

/** A rich-text field's value: Lexical's JSON, as Payload stores it and payload-types.ts describes it. */
type RichText = SerializedEditorState | { root: object } | null | undefined

/**
 * Payload's converters, except that an item of a bulleted list is written without the `value`
 * attribute Payload gives every item (HTML allows `value` only in an ordered list, and the Nu HTML
 * Checker reports it elsewhere), and that legal forms in text are kept out of the search index.
 */
const converters: HTMLConvertersFunction = ({ defaultConverters }) => {
  const listItem = defaultConverters.listitem as Exclude<HTMLConverter, string>
  return {
    ...defaultConverters,
    // a company's legal form in running text stays out of the search index, as in names
    text: (args) => legalFormsIgnoredInHtml((defaultConverters.text as Exclude<HTMLConverter, string>)(args)),
    listitem: (args) => {
      const html = listItem(args)
      const ordered = 'listType' in args.parent && args.parent.listType !== 'bullet'
      return ordered ? html : html.replace(/^(<li\b[^>]*?)\s+value="[^"]*"/, '$1')
    },
  }
}

/** HTML for a rich-text field (Lexical JSON), or an empty string. Payload's own converter escapes text. */
export function richTextToHtml(value: RichText): string {
  if (!value || !('root' in value)) return ''
  // payload-types.ts declares the nodes loosely ([k: string]: unknown); the CMS validated them as Lexical's
  return convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true, converters })
}
