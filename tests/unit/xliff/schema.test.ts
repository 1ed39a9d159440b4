import { DOMParser, type Element } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import type { XliffDocument } from '../../../cms/translation/xliff/model'
import { writeXliff } from '../../../cms/translation/xliff/write'
import { externalLink, internalLink, sampleDocument } from './fixtures'

/**
 * XLIFF 2.0 Core rules (the schema plus the constraints its Schematron checks) on the writer's output,
 * checked independently of our reader by walking the XML.
 */
const NS = 'urn:oasis:names:tc:xliff:document:2.0'
const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u
const USER_DEFINED = /^[^\s:]+:[^\s:]+$/
const CODE_TYPES = ['fmt', 'ui', 'quote', 'link', 'image', 'other']

function parse(xml: string): Element {
  const errors: string[] = []
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
    xml,
    'text/xml',
  )
  expect(errors).toEqual([])
  return document.documentElement!
}

const elements = (parent: Element, name?: string): Element[] =>
  Array.from(parent.childNodes as unknown as ArrayLike<Element>).filter(
    (node) => node.nodeType === 1 && (name === undefined || node.localName === name),
  )

function descendants(parent: Element): Element[] {
  return elements(parent).flatMap((child) => [child, ...descendants(child)])
}

const codesIn = (parent: Element) => descendants(parent).filter((el) => el.localName === 'pc' || el.localName === 'ph')

/** A document whose target formatting and links differ from the source, so ids must be invented. */
const divergent: XliffDocument = {
  srcLang: 'lt',
  trgLang: 'pl',
  files: [
    {
      id: 'f1',
      original: 'news/3',
      units: [
        {
          id: 'body',
          kind: 'richText',
          segments: [
            {
              source: [
                { kind: 'text', text: 'a', format: 1 },
                { kind: 'link', fields: externalLink, children: [{ kind: 'text', text: 'b', format: 0 }] },
              ],
              target: [
                { kind: 'text', text: 'x', format: 2 },
                { kind: 'link', fields: internalLink, children: [{ kind: 'text', text: 'y', format: 1 }] },
                { kind: 'break' },
              ],
              state: 'translated',
            },
            {
              source: [{ kind: 'text', text: 'c', format: 1 }],
              target: [{ kind: 'text', text: 'z', format: 1 }],
              state: 'final',
            },
          ],
        },
      ],
    },
  ],
}

describe.each([
  ['the sample document', sampleDocument],
  ['a document whose targets are formatted differently', divergent],
])('writer output for %s', (_name, model) => {
  const root = parse(writeXliff(model))
  const files = elements(root, 'file')
  const units = files.flatMap((file) => elements(file, 'unit'))

  it('is XLIFF 2.0 with both languages', () => {
    expect(root.localName).toBe('xliff')
    expect(root.namespaceURI).toBe(NS)
    expect(root.getAttribute('version')).toBe('2.0')
    expect(root.getAttribute('srcLang')).toBe(model.srcLang)
    expect(root.getAttribute('trgLang')).toBe(model.trgLang)
    for (const element of descendants(root)) expect(element.namespaceURI).toBe(NS)
  })

  it('has unique NMTOKEN file ids and unit ids unique per file', () => {
    const fileIds = files.map((file) => file.getAttribute('id')!)
    expect(new Set(fileIds).size).toBe(fileIds.length)
    // every file names the document it holds, exactly as the model gave it
    expect(files.map((file) => file.getAttribute('original'))).toEqual(model.files.map((file) => file.original))
    for (const file of files) {
      expect(file.getAttribute('id')).toMatch(NMTOKEN)
      const unitIds = elements(file, 'unit').map((unit) => unit.getAttribute('id')!)
      expect(new Set(unitIds).size).toBe(unitIds.length)
      for (const id of unitIds) expect(id).toMatch(NMTOKEN)
    }
  })

  it('puts children in schema order: notes first in a file, originalData before segments in a unit', () => {
    for (const file of files) {
      const names = elements(file).map((element) => element.localName)
      expect(names.filter((name) => name !== 'notes').every((name) => name === 'unit')).toBe(true)
      if (names.includes('notes')) expect(names.indexOf('notes')).toBe(0)
      expect(names).toContain('unit')
    }
    for (const unit of units) {
      const names = elements(unit).map((element) => element.localName)
      const segments = names.filter((name) => name === 'segment').length
      expect(segments).toBeGreaterThan(0)
      expect(names).toEqual([
        ...(names[0] === 'originalData' ? ['originalData'] : []),
        ...Array(segments).fill('segment'),
      ])
      expect(unit.getAttribute('type')).toMatch(USER_DEFINED)
      expect(unit.getAttribute('xml:space')).toBe('preserve')
    }
  })

  it('gives every segment exactly one source, at most one target, and a state only with a target', () => {
    for (const segment of units.flatMap((unit) => elements(unit, 'segment'))) {
      expect(elements(segment).map((element) => element.localName)).toEqual(
        elements(segment, 'target').length ? ['source', 'target'] : ['source'],
      )
      const state = segment.getAttribute('state')
      if (state !== null) expect(['initial', 'translated', 'reviewed', 'final']).toContain(state)
      if (elements(segment, 'target').length === 0) expect(state ?? 'initial').toBe('initial')
    }
  })

  it('uses unique code ids per unit, and target ids that match the same code in the same source or nothing', () => {
    for (const unit of units) {
      const segments = elements(unit, 'segment')
      const sourceCodes = segments.flatMap((segment) => codesIn(elements(segment, 'source')[0]))
      const sourceIds = sourceCodes.map((code) => code.getAttribute('id'))
      expect(new Set(sourceIds).size).toBe(sourceIds.length)
      for (const segment of segments) {
        const own = codesIn(elements(segment, 'source')[0])
        const target = elements(segment, 'target')[0]
        if (!target) continue
        const targetIds = codesIn(target).map((code) => code.getAttribute('id'))
        expect(new Set(targetIds).size).toBe(targetIds.length)
        for (const code of codesIn(target)) {
          const id = code.getAttribute('id')
          const match = own.find((candidate) => candidate.getAttribute('id') === id)
          if (match) expect(match.localName).toBe(code.localName)
          else expect(sourceIds).not.toContain(id) // a new code: its id must be unique in the unit
        }
      }
    }
  })

  it('uses valid code types and resolvable data references', () => {
    for (const unit of units) {
      const dataIds = elements(unit, 'originalData').flatMap((data) =>
        elements(data, 'data').map((entry) => entry.getAttribute('id')),
      )
      expect(new Set(dataIds).size).toBe(dataIds.length)
      for (const code of codesIn(unit)) {
        expect(code.getAttribute('id')).toMatch(NMTOKEN)
        expect(CODE_TYPES).toContain(code.getAttribute('type'))
        const subType = code.getAttribute('subType')
        if (subType) expect(subType).toMatch(USER_DEFINED)
        for (const reference of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
          const dataId = code.getAttribute(reference)
          if (dataId !== null) expect(dataIds).toContain(dataId)
        }
        if (code.localName === 'ph') expect(code.childNodes.length).toBe(0)
      }
    }
  })
})

describe('writer output for the sample document', () => {
  it('reuses the source code ids in a target with the same structure', () => {
    const root = parse(writeXliff(sampleDocument))
    for (const segment of descendants(root).filter((element) => element.localName === 'segment')) {
      const target = elements(segment, 'target')[0]
      if (!target) continue
      const ids = (parent: Element) => codesIn(parent).map((code) => code.getAttribute('id'))
      expect(ids(target)).toEqual(ids(elements(segment, 'source')[0]))
    }
  })

  it('carries the document title as a note and the link fields as JSON data', () => {
    const root = parse(writeXliff(sampleDocument))
    const note = descendants(root).find((element) => element.localName === 'note')!
    expect(note.getAttribute('category')).toBe('title')
    expect(note.textContent).toBe('Baltic Health Tourism Cluster & friends')
    const data = descendants(root).filter((element) => element.localName === 'data')
    expect(data.map((entry) => JSON.parse(entry.textContent!))).toEqual([externalLink, internalLink])
  })
})
