import { create } from 'xmlbuilder2'
import type { Inline, XliffDocument, XliffFile, XliffSegment, XliffUnit } from './model'

type XMLBuilder = ReturnType<typeof create>

/** The XLIFF 2.0 Core namespace. */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/** The unit `type` for each field kind; XLIFF 2.0 requires custom values to be `prefix:value`. */
export const UNIT_TYPES = { plain: 'cms:plain', richText: 'cms:richText' } as const

/** XML 1.0 NMTOKEN, which file, unit and code ids must be (letters, digits, marks, `.`, `-`, `_`, `:`). */
export const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u

/** xs:language, the type of srcLang and trgLang. */
export const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/

// Characters XML 1.0 cannot carry, even escaped; XLIFF writes them as <cp hex=".."/>.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVALID_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu

// Lexical's text format bits; XLIFF names three of them, the rest get our own prefix.
const FORMAT_SUBTYPES = new Map<number, string>([
  [1, 'xlf:b'],
  [2, 'xlf:i'],
  [4, 'cms:strikethrough'],
  [8, 'xlf:u'],
  [16, 'cms:code'],
  [32, 'cms:subscript'],
  [64, 'cms:superscript'],
  [128, 'cms:highlight'],
  [256, 'cms:lowercase'],
  [512, 'cms:uppercase'],
  [1024, 'cms:capitalize'],
])

/** The `subType` of the `<pc type="fmt">` that carries one Lexical format bit. */
export function formatSubType(bit: number): string {
  return FORMAT_SUBTYPES.get(bit) ?? `cms:format${bit}`
}

/** The Lexical format bit a `<pc type="fmt">` subType stands for, or undefined when it is not one of ours. */
export function formatBit(subType: string): number | undefined {
  for (const [bit, name] of FORMAT_SUBTYPES) if (name === subType) return bit
  const generic = /^cms:format(\d+)$/.exec(subType)
  const bit = generic ? Number(generic[1]) : 0
  return bit > 0 && Number.isSafeInteger(bit) && (bit & (bit - 1)) === 0 ? bit : undefined
}

/** JSON with object keys sorted, so equal link fields give equal text (and equal `<data>`). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Serialises a document as XLIFF 2.0 Core; throws when the document cannot be valid XLIFF (bad ids, empty files). */
export function writeXliff(doc: XliffDocument): string {
  assertDocument(doc)
  const root = create().ele(XLIFF_NS, 'xliff', {
    version: '2.0',
    srcLang: doc.srcLang,
    trgLang: doc.trgLang,
  })
  for (const file of doc.files) writeFile(root, file)
  root.txt('\n')
  // The declaration is written by hand only to put a line break after it.
  return `${XML_DECLARATION}\n${root.end({ wellFormed: true, headless: true })}\n`
}

function assertDocument(doc: XliffDocument): void {
  for (const [name, tag] of [
    ['srcLang', doc.srcLang],
    ['trgLang', doc.trgLang],
  ]) {
    if (!LANGUAGE_TAG.test(tag)) throw new Error(`XLIFF ${name} "${tag}" is not a language tag`)
  }
  if (doc.files.length === 0) throw new Error('An XLIFF document needs at least one file')
  assertIds(
    doc.files.map((file) => file.id),
    'file',
  )
  for (const file of doc.files) {
    if (file.units.length === 0) throw new Error(`XLIFF file "${file.id}" (${file.original}) has no units`)
    assertIds(
      file.units.map((unit) => unit.id),
      `unit in file "${file.id}"`,
    )
    for (const unit of file.units) {
      if (unit.segments.length === 0) throw new Error(`XLIFF unit "${unit.id}" in file "${file.id}" has no segments`)
    }
  }
}

function assertIds(ids: string[], what: string): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (!NMTOKEN.test(id)) throw new Error(`XLIFF ${what} id "${id}" is not an NMTOKEN`)
    if (seen.has(id)) throw new Error(`XLIFF ${what} id "${id}" is used twice`)
    seen.add(id)
  }
}

// Pretty-printing by hand: xmlbuilder2's prettyPrint would indent inside <source>, changing the text.
const INDENT = '  '

function child(parent: XMLBuilder, depth: number, name: string, attributes: Record<string, string> = {}): XMLBuilder {
  const escaped = Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, ampersands(value)]))
  return parent.txt(`\n${INDENT.repeat(depth)}`).ele(name, escaped)
}

/**
 * xmlbuilder2 writes an `&` that already looks like a reference (`&amp;`, `&#169;`, `&nbsp;`) unescaped,
 * which would turn the text "&amp;" into "&" and "&nbsp;" into malformed XML. Escaping every `&` first
 * makes each one look like `&amp;`, which it then writes as it is.
 */
function ampersands(text: string): string {
  return text.replaceAll('&', '&amp;')
}

function closeBlock(element: XMLBuilder, depth: number): void {
  element.txt(`\n${INDENT.repeat(depth)}`)
}

function writeFile(root: XMLBuilder, file: XliffFile): void {
  // canResegment="no": CAT tools must not split our segments, each of which is one rich-text block.
  const element = child(root, 1, 'file', { id: file.id, original: label(file.original), canResegment: 'no' })
  if (file.title !== undefined) {
    const notes = child(element, 2, 'notes')
    child(notes, 3, 'note', { category: 'title' }).txt(ampersands(label(file.title)))
    closeBlock(notes, 2)
  }
  for (const unit of file.units) writeUnit(element, unit)
  closeBlock(element, 1)
}

/** Attribute values and notes cannot hold <cp>; they are labels for people, so invalid characters are dropped. */
function label(text: string): string {
  return text.toWellFormed().replace(INVALID_XML_CHAR, '')
}

function writeUnit(file: XMLBuilder, unit: XliffUnit): void {
  const attributes: Record<string, string> = { id: unit.id }
  if (unit.name !== undefined) attributes.name = label(unit.name)
  attributes.type = UNIT_TYPES[unit.kind]
  const element = child(file, 2, 'unit', attributes).att(XML_NS, 'xml:space', 'preserve')
  if (unit.previousSource !== undefined) {
    const notes = child(element, 3, 'notes')
    child(notes, 4, 'note', { category: 'previous-source' }).txt(ampersands(label(unit.previousSource)))
    closeBlock(notes, 3)
  }
  const plan = planUnit(unit.segments)
  if (plan.data.size > 0) {
    const originalData = child(element, 3, 'originalData')
    for (const [json, id] of plan.data) child(originalData, 4, 'data', { id }).txt(ampersands(json))
    closeBlock(originalData, 3)
  }
  unit.segments.forEach((segment, index) => {
    writeSegment(element, segment, plan.sources[index], plan.targets[index])
  })
  closeBlock(element, 2)
}

function writeSegment(unit: XMLBuilder, segment: XliffSegment, source: Tree[], target: Tree[] | null): void {
  // A segment without a target is untranslated whatever the model says; XLIFF's default state is initial.
  const element = child(unit, 3, 'segment', target === null ? {} : { state: segment.state })
  writeTrees(child(element, 4, 'source'), source)
  if (target !== null) writeTrees(child(element, 4, 'target'), target)
  closeBlock(element, 3)
}

// ---------------------------------------------------------------------------------------------------
// Inline content. Runs are first grouped into a tree of codes (adjacent runs sharing a format share one
// <pc>), then every code gets its id, then the tree is written.

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'fmt'; bit: number; id: string; children: Tree[] }
  | { kind: 'lb'; id: string }
  | { kind: 'link'; json: string; id: string; dataId: string; children: Tree[] }

type CodeTree = Exclude<Tree, { kind: 'text' }>

interface UnitPlan {
  sources: Tree[][]
  targets: (Tree[] | null)[]
  /** Link fields as canonical JSON → <data> id. */
  data: Map<string, string>
}

function planUnit(segments: XliffSegment[]): UnitPlan {
  const data = new Map<string, string>()
  const dataId = (json: string) => {
    if (!data.has(json)) data.set(json, `d${data.size + 1}`)
    return data.get(json)!
  }
  let next = 1
  const freshId = () => String(next++)
  const sources = segments.map((segment) => toTrees(segment.source, 0))
  for (const tree of sources) for (const code of codesOf(tree)) assignSourceId(code, freshId(), dataId)
  // Target codes reuse the id of the matching source code in the same segment, as CAT tools expect.
  const targets = segments.map((segment, index) => {
    if (segment.target === null) return null
    const tree = toTrees(segment.target, 0)
    const pool = codesOf(sources[index])
    for (const code of codesOf(tree)) {
      const match = pool.findIndex((candidate) => signature(candidate) === signature(code))
      if (match >= 0) copyId(code, pool.splice(match, 1)[0])
      else assignSourceId(code, freshId(), dataId)
    }
    return tree
  })
  return { sources, targets, data }
}

function assignSourceId(code: CodeTree, id: string, dataId: (json: string) => string): void {
  code.id = id
  if (code.kind === 'link') code.dataId = dataId(code.json)
}

function copyId(code: CodeTree, from: CodeTree): void {
  code.id = from.id
  if (code.kind === 'link' && from.kind === 'link') code.dataId = from.dataId
}

function signature(code: CodeTree): string {
  if (code.kind === 'fmt') return `fmt:${code.bit}`
  if (code.kind === 'link') return `link:${code.json}`
  return 'lb'
}

/** Every code in the trees, in document order. */
function codesOf(trees: Tree[]): CodeTree[] {
  return trees.flatMap((tree) =>
    tree.kind === 'text' ? [] : [tree, ...(tree.kind === 'lb' ? [] : codesOf(tree.children))],
  )
}

function toTrees(inlines: Inline[], inherited: number): Tree[] {
  const items = inlines.filter((inline) => inline.kind !== 'text' || inline.text !== '')
  const trees: Tree[] = []
  let index = 0
  while (index < items.length) {
    const item = items[index]
    if (item.kind === 'break') {
      trees.push({ kind: 'lb', id: '' })
      index++
    } else if (item.kind === 'link') {
      const children = toTrees(item.children, 0)
      trees.push({ kind: 'link', json: canonicalJson(item.fields), id: '', dataId: '', children })
      index++
    } else {
      const extra = item.format & ~inherited
      if (extra === 0) {
        trees.push({ kind: 'text', text: item.text })
        index++
      } else {
        const bit = extra & -extra
        const end = spanEnd(items, index, bit)
        trees.push({ kind: 'fmt', bit, id: '', children: toTrees(items.slice(index, end), inherited | bit) })
        index = end
      }
    }
  }
  return trees
}

/** Where the run of items sharing `bit` that starts at `start` ends; breaks inside the run join it. */
function spanEnd(items: Inline[], start: number, bit: number): number {
  let end = start + 1
  for (let index = start + 1; index < items.length; index++) {
    const item = items[index]
    if (item.kind === 'text' && item.format & bit) end = index + 1
    else if (item.kind !== 'break') break
  }
  return end
}

function writeTrees(parent: XMLBuilder, trees: Tree[]): void {
  for (const tree of trees) {
    if (tree.kind === 'text') writeText(parent, tree.text)
    else if (tree.kind === 'lb') parent.ele('ph', { id: tree.id, type: 'fmt', subType: 'xlf:lb' })
    else if (tree.kind === 'fmt') {
      writeTrees(parent.ele('pc', { id: tree.id, type: 'fmt', subType: formatSubType(tree.bit) }), tree.children)
    } else writeTrees(parent.ele('pc', { id: tree.id, type: 'link', dataRefStart: tree.dataId }), tree.children)
  }
}

function writeText(parent: XMLBuilder, raw: string): void {
  // A lone surrogate cannot be encoded at all; it becomes U+FFFD, as any UTF-8 encoder would make it.
  const text = raw.toWellFormed()
  let last = 0
  for (const match of text.matchAll(INVALID_XML_CHAR)) {
    if (match.index > last) parent.txt(ampersands(text.slice(last, match.index)))
    const hex = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    parent.ele('cp', { hex })
    last = match.index + match[0].length
  }
  if (last < text.length) parent.txt(ampersands(text.slice(last)))
}
