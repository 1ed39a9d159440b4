/**
 * The in-memory shape of an XLIFF 2.0 file as the CMS uses it: one <file> per document, one <unit> per
 * localized field, one <segment> per text block (a plain field has one). Inline content is kept as runs
 * that map one-to-one onto Lexical's text formats, line breaks and links, so rich text survives a CAT tool.
 */

/** Lexical text format bits (TextNode.format): bold 1, italic 2, strikethrough 4, underline 8, code 16, subscript 32, superscript 64, highlight 128. */
export type TextFormat = number

/** One run of inline content inside a segment. */
export type Inline =
  | { kind: 'text'; text: string; format: TextFormat }
  | { kind: 'break' }
  /** A Lexical link node; `fields` is its `fields` object (url, newTab, linkType, doc), carried in <originalData>. */
  | { kind: 'link'; fields: Record<string, unknown>; children: Inline[] }

/** XLIFF 2.0 segment states (the `state` attribute). */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final'

/** One sentence-level piece of a unit: its source text and, when translated, its target text. */
export interface XliffSegment {
  source: Inline[]
  target: Inline[] | null
  state: SegmentState
}

/** One localized field of one document. `id` is the field path (`name`, `timeline.<rowId>.title`). */
export interface XliffUnit {
  id: string
  /** A human-readable label for the translator, e.g. "Timeline › 2 › Title". */
  name?: string
  kind: 'plain' | 'richText'
  /**
   * For an outdated translation, the field's source text as it was when the translation was made
   * (a `<note category="previous-source">`), so a CAT tool shows what changed.
   */
  previousSource?: string
  segments: XliffSegment[]
}

/** One document. `original` names it as `<collection>/<id>`; `title` is shown to translators as a note. */
export interface XliffFile {
  id: string
  original: string
  title?: string
  units: XliffUnit[]
}

/** A whole XLIFF 2.0 document: one source and one target language. */
export interface XliffDocument {
  srcLang: string
  trgLang: string
  files: XliffFile[]
}
