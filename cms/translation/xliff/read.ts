import type { Element, Node } from '@xmldom/xmldom'
import { capitalizeFirst, type MessageKey, type MessageValues, requestTranslator } from '../../i18n/messages'
import { formatBytes } from '../../lib/formatBytes'
import { parseXml } from '../../lib/parseXml'
import { XLIFF_MAX_BYTES, XLIFF_MAX_FILES, XLIFF_MAX_MARKUP, XLIFF_MAX_UNITS } from '../../limits'
import { ProblemList, type Problems, say } from '../problems'
import { normalizeInlines } from './lexical'
import type { Inline, SegmentState, XliffDocument, XliffFile, XliffSegment, XliffUnit } from './model'
import { formatBit, LANGUAGE_TAG, NMTOKEN, UNIT_TYPES, XLIFF_NS } from './write'

/**
 * What reading an XLIFF file gives: the document, or the problems found in it (the first
 * MAX_REPORTED_PROBLEMS, and a line saying how many more) and how many there were.
 */
export type ReadXliffResult =
  | { ok: true; document: XliffDocument }
  | { ok: false; problems: string[]; problemCount: number }

/**
 * Parses and checks an XLIFF 2.0 file written by writeXliff and returned by a translator or CAT tool.
 * A file over the size or markup limits (cms/limits.ts) is refused before it is parsed, one with too
 * many documents or units before they are read. Problems go to `problems` (the caller's, to add more).
 */
export function readXliff(xml: string, problems = new ProblemList()): ReadXliffResult {
  const root = withinLimits(xml, problems) ? (parseXml(xml, problems)?.documentElement ?? undefined) : undefined
  const document = root ? readDocument(root, problems) : undefined
  return document && problems.length === 0
    ? { ok: true, document }
    : { ok: false, problems: problems.list(), problemCount: problems.length }
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4
const STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final']

// ---------------------------------------------------------------------------------------------------
// Size, before parsing: the parser holds every element in memory

function withinLimits(xml: string, problems: Problems): boolean {
  // UTF-16 code units are at most 3 UTF-8 bytes each: only a string near the limit needs counting
  const bytes = xml.length * 3 > XLIFF_MAX_BYTES ? Buffer.byteLength(xml, 'utf8') : xml.length
  if (bytes > XLIFF_MAX_BYTES) {
    say(problems, 'xliff.tooLarge', {
      size: formatBytes(bytes),
      limit: formatBytes(XLIFF_MAX_BYTES),
      advice: advice(problems),
    })
    return false
  }
  let markup = 0
  for (let at = xml.indexOf('<'); at !== -1 && markup <= XLIFF_MAX_MARKUP; at = xml.indexOf('<', at + 1)) markup++
  if (markup > XLIFF_MAX_MARKUP) {
    say(problems, 'xliff.tooManyTags', { limit: XLIFF_MAX_MARKUP, advice: advice(problems) })
    return false
  }
  return true
}

/** What to do about a file over a limit, in the problems' language. */
function advice(problems: Problems): string {
  return text(problems, 'xliff.splitAdvice')
}

/** A problem's sentence starting with a place ("file 2 has no id"), capitalised in the problems' language. */
function sayAt(problems: Problems, key: MessageKey, values: Record<string, string | number>): void {
  const where = values.where ?? values.code
  const capitalized = typeof where === 'string' ? capitalizeFirst(where, problems.i18n ?? { language: 'en' }) : where
  say(problems, key, { ...values, ...(values.where !== undefined ? { where: capitalized } : { code: capitalized }) })
}

// ---------------------------------------------------------------------------------------------------
// Structure

function readDocument(root: Element, problems: Problems): XliffDocument | undefined {
  const version = root.getAttribute('version')
  if (root.localName !== 'xliff') {
    say(problems, 'xliff.notXliff', { element: String(root.localName) })
    return undefined
  }
  if (version !== '2.0') {
    say(problems, 'xliff.notVersion2', { version: version ?? text(problems, 'xliff.versionMissing') })
    return undefined
  }
  if (root.namespaceURI !== XLIFF_NS) {
    const found = root.namespaceURI
      ? text(problems, 'xliff.inNamespace', { namespace: root.namespaceURI })
      : text(problems, 'xliff.noNamespace')
    say(problems, 'xliff.wrongNamespace', { expected: XLIFF_NS, found })
    return undefined
  }
  const srcLang = languageOf(root, 'srcLang', problems)
  const trgLang = languageOf(root, 'trgLang', problems)
  const fileElements = childElements(root, problems, text(problems, 'xliff.xliffElement'), ['file'])
  if (fileElements.length === 0) say(problems, 'xliff.noFiles')
  if (fileElements.length > XLIFF_MAX_FILES) {
    say(problems, 'xliff.tooManyFiles', {
      count: fileElements.length,
      limit: XLIFF_MAX_FILES,
      advice: advice(problems),
    })
    return undefined
  }
  const unitCount = fileElements.reduce((sum, file) => sum + named(file, 'unit').length, 0)
  if (unitCount > XLIFF_MAX_UNITS) {
    say(problems, 'xliff.tooManyUnits', { count: unitCount, limit: XLIFF_MAX_UNITS, advice: advice(problems) })
    return undefined
  }
  const seen = new Set<string>()
  const files = fileElements.map((element, index) => readFile(element, index, seen, problems))
  return { srcLang, trgLang, files }
}

function languageOf(root: Element, name: 'srcLang' | 'trgLang', problems: Problems): string {
  const value = root.getAttribute(name)
  if (!value) say(problems, name === 'srcLang' ? 'xliff.noSrcLang' : 'xliff.noTrgLang')
  else if (!LANGUAGE_TAG.test(value)) say(problems, 'xliff.notLanguageTag', { name, value })
  return value ?? ''
}

/** The XLIFF-namespace children of `parent`; unexpected ones are reported, other namespaces (extensions) ignored. */
function childElements(parent: Element, problems: Problems, what: string, expected: string[]): Element[] {
  return elementsOf(parent).filter((element) => {
    if (element.namespaceURI !== XLIFF_NS) return false
    if (expected.includes(element.localName ?? '')) return true
    sayAt(problems, 'xliff.unsupportedChild', { where: what, element: String(element.localName) })
    return false
  })
}

function elementsOf(parent: Element): Element[] {
  return Array.from(parent.childNodes as unknown as Iterable<Node>).filter(
    (node): node is Element => node.nodeType === ELEMENT_NODE,
  )
}

function named(parent: Element, localName: string): Element[] {
  return elementsOf(parent).filter((element) => element.namespaceURI === XLIFF_NS && element.localName === localName)
}

/** One of our messages as text in the problems' language, to build a larger message from. */
function text(problems: Problems, key: MessageKey, values?: MessageValues): string {
  return requestTranslator({ i18n: problems.i18n })(key, values)
}

function readFile(element: Element, index: number, seen: Set<string>, problems: Problems): XliffFile {
  const id = element.getAttribute('id') ?? ''
  const original = element.getAttribute('original') ?? ''
  const shownId = id ? `"${id}"` : String(index + 1)
  const label = original
    ? text(problems, 'xliff.fileOf', { id: shownId, original })
    : text(problems, 'xliff.file', { id: shownId })
  checkId(id, label, 'file', seen, problems)
  if (!original) sayAt(problems, 'xliff.noOriginal', { where: label })

  const title = named(element, 'notes')
    .flatMap((notes) => named(notes, 'note'))
    .find((note) => note.getAttribute('category') === 'title')?.textContent
  const unitElements = childElements(element, problems, label, ['skeleton', 'notes', 'unit']).filter(
    (child) => child.localName === 'unit',
  )
  if (unitElements.length === 0) sayAt(problems, 'xliff.noUnits', { where: label })
  const unitIds = new Set<string>()
  const units = unitElements.map((unit, unitIndex) => readUnit(unit, unitIndex, label, unitIds, problems))
  return { id, original, ...(title != null ? { title } : {}), units }
}

function checkId(id: string, label: string, element: string, seen: Set<string>, problems: Problems): void {
  if (!id) sayAt(problems, 'xliff.noId', { where: label })
  else if (!NMTOKEN.test(id)) sayAt(problems, 'xliff.notNmtoken', { where: label, id })
  else if (seen.has(id)) sayAt(problems, 'xliff.duplicateId', { where: label, id, element })
  seen.add(id)
}

function readUnit(element: Element, index: number, file: string, seen: Set<string>, problems: Problems): XliffUnit {
  const id = element.getAttribute('id') ?? ''
  const label = text(problems, 'xliff.unit', { id: id ? `"${id}"` : String(index + 1), file })
  checkId(id, label, 'unit', seen, problems)
  const kind = kindOf(element.getAttribute('type'), label, problems)
  const name = element.getAttribute('name')

  const children = childElements(element, problems, label, ['notes', 'originalData', 'segment', 'ignorable'])
  const context: UnitContext = {
    label,
    problems,
    data: readOriginalData(children, label, problems),
    parsedData: new Map(),
    sourceCodes: new Map(),
  }
  const segmentElements = children.filter((child) => child.localName === 'segment')
  if (segmentElements.length === 0) sayAt(problems, 'xliff.noSegments', { where: label })
  const segments = readSegments(segmentElements, context)
  return { id, ...(name != null ? { name } : {}), kind, segments }
}

function kindOf(type: string | null, label: string, problems: Problems): XliffUnit['kind'] {
  if (type === UNIT_TYPES.plain) return 'plain'
  if (type === UNIT_TYPES.richText) return 'richText'
  const expected = { plain: UNIT_TYPES.plain, richText: UNIT_TYPES.richText }
  if (type) sayAt(problems, 'xliff.wrongType', { where: label, type, ...expected })
  else sayAt(problems, 'xliff.noType', { where: label, ...expected })
  return 'plain'
}

function readOriginalData(children: Element[], label: string, problems: Problems): Map<string, string> {
  const data = new Map<string, string>()
  for (const element of children.filter((child) => child.localName === 'originalData')) {
    for (const entry of named(element, 'data')) {
      const id = entry.getAttribute('id') ?? ''
      if (!id) sayAt(problems, 'xliff.dataNoId', { where: label })
      else if (data.has(id)) sayAt(problems, 'xliff.dataTwice', { where: label, id })
      else data.set(id, entry.textContent ?? '')
    }
  }
  return data
}

function readSegments(elements: Element[], context: UnitContext): XliffSegment[] {
  // All sources first: a target code refers to its source code by id.
  const sources = elements.map((element, index) => {
    const where = segmentLabel(context, index)
    const source = single(element, 'source', where, context.problems)
    if (!source) sayAt(context.problems, 'xliff.noSource', { where })
    return source ? readContent(source, { ...context, side: 'source', segment: index, where }) : []
  })
  return elements.map((element, index) => {
    const where = segmentLabel(context, index)
    const target = single(element, 'target', where, context.problems)
    const state = stateOf(element.getAttribute('state'), where, context.problems)
    if (!target && state !== 'initial') sayAt(context.problems, 'xliff.noTarget', { where, state })
    const content = target ? readContent(target, { ...context, side: 'target', segment: index, where }) : null
    return { source: sources[index], target: content, state }
  })
}

/** "Unit "summary" in file 2: segment 3", capitalised as the start of a problem. */
function segmentLabel(context: UnitContext, index: number): string {
  return capitalizeFirst(text(context.problems, 'xliff.segment', { unit: context.label, number: index + 1 }), {
    language: context.problems.i18n?.language ?? 'en',
  })
}

function single(segment: Element, name: 'source' | 'target', where: string, problems: Problems): Element | undefined {
  const found = named(segment, name)
  if (found.length > 1) sayAt(problems, 'xliff.onlyOne', { where, count: found.length, element: name })
  return found[0]
}

function stateOf(value: string | null, where: string, problems: Problems): SegmentState {
  if (value === null) return 'initial'
  if ((STATES as readonly string[]).includes(value)) return value as SegmentState
  sayAt(problems, 'xliff.badState', { where, state: value, states: STATES.join(', ') })
  return 'initial'
}

// ---------------------------------------------------------------------------------------------------
// Inline content

/** What a code stands for; read from the source code, so a target only needs the id. */
type Code = { kind: 'fmt'; bit: number } | { kind: 'lb' } | { kind: 'link'; fields: Record<string, unknown> }

interface SourceCode {
  element: string
  segment: number
  code: Code | undefined
}

interface UnitContext {
  label: string
  problems: Problems
  /** <data> id → its text. */
  data: Map<string, string>
  /** <data> id → the link fields parsed from it, or undefined when they are not valid (reported once). */
  parsedData: Map<string, Record<string, unknown> | undefined>
  /** Code id → the source code with that id, over all segments of the unit. */
  sourceCodes: Map<string, SourceCode>
}

interface ContentContext extends UnitContext {
  side: 'source' | 'target'
  segment: number
  where: string
}

function readContent(element: Element, context: ContentContext): Inline[] {
  return normalizeInlines(readNodes(element, context, 0, false))
}

function readNodes(parent: Element, context: ContentContext, format: number, inLink: boolean): Inline[] {
  return Array.from(parent.childNodes as unknown as Iterable<Node>).flatMap((node): Inline[] => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      return [{ kind: 'text', text: node.nodeValue ?? '', format }]
    }
    if (node.nodeType !== ELEMENT_NODE) return []
    return readElement(node as Element, context, format, inLink)
  })
}

function readElement(element: Element, context: ContentContext, format: number, inLink: boolean): Inline[] {
  const name = element.localName
  const at = `${context.where} <${context.side}>`
  if (element.namespaceURI !== XLIFF_NS) {
    sayAt(context.problems, 'xliff.unknownElement', { where: at, element: element.nodeName })
    return []
  }
  switch (name) {
    case 'pc':
    case 'ph':
      return readCode(element, context, format, inLink)
    case 'mrk':
      // Annotations (terms, comments) that CAT tools add: their content is ordinary text.
      return readNodes(element, context, format, inLink)
    case 'sm':
    case 'em':
      return []
    case 'cp':
      return readCodePoint(element, at, context.problems, format)
    default:
      sayAt(context.problems, 'xliff.unsupportedInline', { where: at, element: String(name) })
      return []
  }
}

function readCodePoint(element: Element, at: string, problems: Problems, format: number): Inline[] {
  const hex = element.getAttribute('hex') ?? ''
  const codePoint = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN
  if (!(codePoint <= 0x10ffff)) {
    sayAt(problems, 'xliff.badCodePoint', { where: at, hex })
    return []
  }
  return [{ kind: 'text', text: String.fromCodePoint(codePoint), format }]
}

function readCode(element: Element, context: ContentContext, format: number, inLink: boolean): Inline[] {
  const code = resolveCode(element, context)
  const read = (bits: number, link: boolean) => readNodes(element, context, bits, link)
  if (!code) {
    read(format, inLink) // for the problems inside
    return []
  }
  if (code.kind === 'lb') return [{ kind: 'break' }]
  if (code.kind === 'fmt') return read(format | code.bit, inLink)
  if (inLink) {
    sayAt(context.problems, 'xliff.linkInLink', { code: describe(element, context) })
    return []
  }
  return [{ kind: 'link', fields: code.fields, children: normalizeInlines(read(format, true)) }]
}

function describe(element: Element, context: ContentContext): string {
  const id = element.getAttribute('id')
  return `${context.where} <${context.side}>: <${element.localName}${id ? ` id="${id}"` : ''}>`
}

/** The meaning of a <pc>/<ph>: a source code's from its attributes, a target code's from the source code with its id. */
function resolveCode(element: Element, context: ContentContext): Code | undefined {
  const id = element.getAttribute('id')
  checkDataRefs(element, context)
  if (!id) {
    sayAt(context.problems, 'xliff.codeNoId', { code: describe(element, context) })
    return undefined
  }
  if (context.side === 'source') {
    if (context.sourceCodes.has(id)) {
      sayAt(context.problems, 'xliff.codeIdTaken', { code: describe(element, context), id })
      return undefined
    }
    const code = ownCode(element, context, true)
    context.sourceCodes.set(id, { element: element.localName ?? '', segment: context.segment, code })
    return code
  }
  return targetCode(element, id, context)
}

function targetCode(element: Element, id: string, context: ContentContext): Code | undefined {
  const source = context.sourceCodes.get(id)
  if (source && source.segment === context.segment && source.element === element.localName) return source.code
  if (!source) {
    // A code the target adds (our export writes those for formatting the source lacks) must say what it is.
    const code = ownCode(element, context, false)
    if (!code) {
      sayAt(context.problems, 'xliff.unknownTargetCode', { code: describe(element, context) })
    }
    return code
  }
  sayAt(context.problems, 'xliff.codeMismatch', {
    code: describe(element, context),
    element: source.element,
    id,
    segment: source.segment + 1,
  })
  return undefined
}

/** A code's meaning from its own type/subType/dataRefStart; `report` says whether to report unknown ones. */
function ownCode(element: Element, context: ContentContext, report: boolean): Code | undefined {
  const type = element.getAttribute('type')
  const subType = element.getAttribute('subType')
  if (element.localName === 'ph' && type === 'fmt' && subType === 'xlf:lb') return { kind: 'lb' }
  if (element.localName === 'pc' && type === 'fmt' && subType) {
    const bit = formatBit(subType)
    if (bit !== undefined) return { kind: 'fmt', bit }
  }
  if (element.localName === 'pc' && type === 'link' && !subType) {
    const dataId = element.getAttribute('dataRefStart')
    if (!dataId) {
      if (report) sayAt(context.problems, 'xliff.linkNoData', { code: describe(element, context) })
      return undefined
    }
    const fields = linkFields(dataId, context)
    return fields ? { kind: 'link', fields } : undefined
  }
  if (report) {
    const attributes = [type && `type="${type}"`, subType && `subType="${subType}"`].filter(Boolean).join(' ')
    sayAt(context.problems, 'xliff.unknownCodeType', {
      code: describe(element, context),
      attributes: attributes || text(context.problems, 'xliff.noAttributes'),
    })
  }
  return undefined
}

function checkDataRefs(element: Element, context: ContentContext): void {
  for (const attribute of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const dataId = element.getAttribute(attribute)
    if (dataId !== null && !context.data.has(dataId)) {
      sayAt(context.problems, 'xliff.danglingDataRef', { code: describe(element, context), attribute, id: dataId })
    }
  }
}

function linkFields(dataId: string, context: ContentContext): Record<string, unknown> | undefined {
  const text = context.data.get(dataId)
  if (text === undefined) return undefined // reported by checkDataRefs
  if (!context.parsedData.has(dataId)) context.parsedData.set(dataId, parseFields(text, dataId, context))
  const fields = context.parsedData.get(dataId)
  return fields && structuredClone(fields)
}

function parseFields(text: string, dataId: string, context: UnitContext): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = (error as Error).message
    sayAt(context.problems, 'xliff.dataNotJson', { where: context.label, id: dataId, reason })
    return undefined
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  sayAt(context.problems, 'xliff.dataNotObject', { where: context.label, id: dataId })
  return undefined
}
