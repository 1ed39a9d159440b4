import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Inline } from './model'
import { canonicalJson } from './write'

/**
 * Rich text ↔ segments. Every element whose children include inline content (paragraph, heading, quote,
 * list item, table cell paragraph…) is a text block and gives one segment, in document order; a list
 * item's nested list is walked after the item's own text. Blocks without text are skipped, on the way
 * out and on the way back, so the n-th segment always lands in the n-th text block of the skeleton.
 */

type LexicalNode = { type?: unknown; children?: unknown; [key: string]: unknown }
type ElementNode = LexicalNode & { children: LexicalNode[] }

const INLINE_TYPES = new Set(['text', 'tab', 'linebreak', 'link', 'autolink'])

/** Splits rich text into one segment per text block, with runs normalised (see normalizeInlines). */
export function richTextToSegments(state: SerializedEditorState): Inline[][] {
  return textBlocks(state?.root).map((block) => normalizeInlines(toInlines(block.children.filter(isInline))))
}

/** A copy of `skeleton` whose n-th text block holds segment n; everything else (blocks, lists, uploads) is kept. */
export function segmentsIntoRichText(skeleton: SerializedEditorState, segments: Inline[][]): SerializedEditorState {
  const result = structuredClone(skeleton)
  const blocks = textBlocks(result.root)
  if (blocks.length !== segments.length) {
    throw new Error(
      `The rich text has ${blocks.length} text block(s) but ${segments.length} segment(s) were given (has the source changed since the export?)`,
    )
  }
  blocks.forEach((block, index) => {
    const inline = block.children.filter(isInline)
    const links = inline.filter((node) => node.type === 'link' || node.type === 'autolink')
    const direction = block.direction ?? null
    block.children = [...toLexical(segments[index], links, direction), ...block.children.filter((n) => !isInline(n))]
  })
  return result
}

/** A plain-text field as one segment; line breaks become breaks. */
export function plainToSegments(text: string): Inline[][] {
  const inlines: Inline[] = []
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) inlines.push({ kind: 'break' })
    if (line !== '') inlines.push({ kind: 'text', text: line, format: 0 })
  })
  return [inlines]
}

/** The plain text of segments (formats and links dropped, breaks as `\n`); segments are joined by `\n`. */
export function segmentsToPlain(segments: Inline[][]): string {
  return segments.map(inlineText).join('\n')
}

/** The text of a segment, breaks as `\n`; compares an imported source with the current one regardless of formatting. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) =>
      inline.kind === 'text' ? inline.text : inline.kind === 'break' ? '\n' : inlineText(inline.children),
    )
    .join('')
}

/**
 * Merges adjacent text runs with the same format and drops empty ones: XML cannot tell them apart, and
 * the editor splitting or joining text nodes (tabs, re-saves) is no change to the text.
 */
export function normalizeInlines(inlines: Inline[]): Inline[] {
  const result: Inline[] = []
  for (const inline of inlines) {
    const last = result.at(-1)
    if (inline.kind === 'text' && inline.text === '') continue
    if (inline.kind === 'text' && last?.kind === 'text' && last.format === inline.format) {
      result[result.length - 1] = { ...last, text: last.text + inline.text }
    } else if (inline.kind === 'link') result.push({ ...inline, children: normalizeInlines(inline.children) })
    else result.push(inline)
  }
  return result
}

function isElement(node: unknown): node is ElementNode {
  return !!node && typeof node === 'object' && Array.isArray((node as LexicalNode).children)
}

function isInline(node: LexicalNode): boolean {
  return typeof node.type === 'string' && INLINE_TYPES.has(node.type)
}

/** The text blocks under `node`, in document order, skipping blocks whose text is only whitespace. */
function textBlocks(node: unknown): ElementNode[] {
  if (!isElement(node) || isInline(node)) return []
  const own = inlineText(toInlines(node.children.filter(isInline))).trim() !== '' ? [node] : []
  return [...own, ...node.children.flatMap(textBlocks)]
}

function toInlines(nodes: LexicalNode[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    const format = typeof node.format === 'number' ? node.format : 0
    switch (node.type) {
      case 'text':
        return [{ kind: 'text', text: typeof node.text === 'string' ? node.text : '', format }]
      case 'tab':
        return [{ kind: 'text', text: '\t', format }]
      case 'linebreak':
        return [{ kind: 'break' }]
      case 'link':
      case 'autolink': {
        // Sorted keys: re-saving a link that reorders its fields must not look like a change.
        const fields = JSON.parse(canonicalJson(node.fields ?? {})) as Record<string, unknown>
        return [{ kind: 'link', fields, children: toInlines(isElement(node) ? node.children : []) }]
      }
      default:
        return []
    }
  })
}

function toLexical(inlines: Inline[], links: LexicalNode[], direction: unknown): LexicalNode[] {
  return inlines.flatMap((inline): LexicalNode[] => {
    if (inline.kind === 'break') return [{ type: 'linebreak', version: 1 }]
    if (inline.kind === 'text') return textNodes(inline.text, inline.format)
    const children = toLexical(inline.children, [], direction)
    // Reuse the skeleton's link with the same fields, keeping its id, type (autolink) and other properties.
    const json = canonicalJson(inline.fields)
    const match = links.findIndex((link) => canonicalJson(link.fields ?? {}) === json)
    if (match >= 0) return [{ ...links.splice(match, 1)[0], children }]
    return [{ children, direction, format: '', indent: 0, type: 'link', version: 3, fields: inline.fields }]
  })
}

/** Text nodes for a run; tabs become Lexical tab nodes, as the editor would make them. */
function textNodes(text: string, format: number): LexicalNode[] {
  return text.split('\t').flatMap((part, index) => {
    const tab = { detail: 2, format, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 }
    const node = { detail: 0, format, mode: 'normal', style: '', text: part, type: 'text', version: 1 }
    return [...(index > 0 ? [tab] : []), ...(part !== '' ? [node] : [])]
  })
}
