import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../../cms/locales'
import { cmsUrl } from '../../../../shared/cmsClient'
import type { ContentDocument } from '../../../../shared/contentTypes'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { policyDocumentJsonLd, policyDocumentView } from '../../../../site/src/lib/views/policyDocuments'
import { media, organization, policy, snapshot } from '../factories'
import { pageUrl as url } from './pageUrl'
import { viewAlone } from './sites'

/**
 * A strategy that names a regulation and an unpublished document as related, and is itself named by a
 * resolution; with an issuer and three attachments, one of them not published.
 */
function site() {
  return buildSiteIndex(
    snapshot({
      organizations: [organization(1, { pl: 'Pomorska Fundacja', en: 'Pomeranian Foundation' })],
      'policy-documents': [
        policy(
          5,
          { pl: 'Strategia rozwoju', en: 'Development strategy' },
          {
            level: 'regional',
            documentType: 'strategy',
            reference: '1486/205/12',
            issuer: 1,
            adoptedOn: '2015-03-11',
            validFrom: '2017-01',
            validUntil: '2021',
            tasks: [{ task: { pl: 'Zadanie pierwsze', en: 'First task' } }, { task: { pl: 'Zadanie drugie' } }],
            relatedDocuments: [10, 404],
            attachments: [50, 51, 52],
          },
        ),
        policy(10, { en: 'Regulation X' }, { sourceLocale: 'en', level: 'eu', documentType: 'regulation' }),
        policy(11, { pl: 'Uchwała' }, { level: 'local', documentType: 'resolution', relatedDocuments: [5, 10] }),
        policy(12, { pl: 'Plan' }, { level: 'local', documentType: 'plan', relatedDocuments: [5] }),
      ],
      media: [
        media(50, {
          filename: 'strategy.pdf',
          url: '/api/media/file/strategy.pdf',
          updatedAt: '2026-01-02T03:04:05.000Z',
        }),
        media(51, { filename: null, url: '/api/media/file/51' }),
      ],
    }),
  )
}

/** The view of a policy document published on its own (its references lead nowhere). */
const viewOf = (doc: ContentDocument<'policy-documents'>, locale: LocaleCode) =>
  viewAlone(policyDocumentView, 'policy-documents', doc, locale)

describe('policyDocumentView', () => {
  it('shows the facts, dates formatted at their precision in the reader language', () => {
    const index = site()
    expect(policyDocumentView(index.get('policy-documents', 5)!, index, 'pl')).toMatchObject({
      level: 'regional',
      documentType: 'strategy',
      reference: '1486/205/12',
      issuer: { id: '1' },
      adopted: { datetime: '2015-03-11', text: '11 marca 2015' },
      validity: 'styczeń 2017 – 2021',
    })
    expect(policyDocumentView(index.get('policy-documents', 5)!, index, 'en').validity).toBe('January 2017 – 2021')
  })

  it('shows the tasks in the page language, empty ones falling back to the source', () => {
    const index = site()
    const entry = index.get('policy-documents', 5)!
    expect(policyDocumentView(entry, index, 'en').tasks).toEqual(['First task', 'Zadanie drugie'])
    expect(policyDocumentView(entry, index, 'pl').tasks).toEqual(['Zadanie pierwsze', 'Zadanie drugie'])
    // Lithuanian readers get the English text of a document not translated into Lithuanian
    expect(entry.variants.lt.contentLocale).toBe('en')
    expect(policyDocumentView(entry, index, 'lt').tasks).toEqual(['First task', 'Zadanie drugie'])
  })

  it('lists related documents both ways: those it names, then those naming it, each once, unpublished left out', () => {
    const index = site()
    const related = (id: number) =>
      policyDocumentView(index.get('policy-documents', id)!, index, 'pl').related.map((r) => r.id)
    expect(related(5)).toEqual(['10', '11', '12'])
    // 11 names 5 and 10; 10 names nobody but is named by 5 and 11
    expect(related(11)).toEqual(['5', '10'])
    expect(related(10)).toEqual(['5', '11'])
  })

  it('links the published attachments by their file name, or the id when a file has none', () => {
    const index = site()
    expect(policyDocumentView(index.get('policy-documents', 5)!, index, 'pl').attachments).toEqual([
      { href: `${cmsUrl}/api/media/file/strategy.pdf?v=2026-01-02T03%3A04%3A05.000Z`, name: 'strategy.pdf' },
      { href: `${cmsUrl}/api/media/file/51`, name: '51' },
    ])
  })

  it('leaves out an unpublished issuer and shows no optional block for a bare document', () => {
    const view = viewOf(policy(20, { pl: 'Inny' }, { level: 'national', documentType: 'other', issuer: 404 }), 'pl')
    expect(view).toEqual({
      level: 'national',
      documentType: 'other',
      reference: undefined,
      issuer: undefined,
      adopted: undefined,
      validity: undefined,
      tasks: [],
      related: [],
      attachments: [],
    })
  })

  it('shows a validity with only its end known', () => {
    const view = viewOf(policy(21, { en: 'Plan' }, { sourceLocale: 'en', validUntil: '2030-12' }), 'en')
    expect(view.validity).toBe('… – December 2030')
  })
})

describe('policyDocumentJsonLd', () => {
  it('describes a strategy as a CreativeWork with its dates, number and publisher', () => {
    const index = site()
    expect(policyDocumentJsonLd(index.get('policy-documents', 5)!, index, 'en', url)).toEqual({
      '@type': 'CreativeWork',
      datePublished: '2015-03-11',
      legislationIdentifier: '1486/205/12',
      publisher: {
        '@type': 'Organization',
        name: 'Pomeranian Foundation',
        url: 'https://example.org/en/organisations/pomeranian-foundation/',
      },
      temporalCoverage: '2017-01-01/2021-12-31',
    })
  })

  it('describes resolutions and regulations as Legislation', () => {
    const index = site()
    expect(policyDocumentJsonLd(index.get('policy-documents', 10)!, index, 'en', url)['@type']).toBe('Legislation')
    expect(policyDocumentJsonLd(index.get('policy-documents', 11)!, index, 'en', url)['@type']).toBe('Legislation')
  })

  it('leaves out an unpublished issuer and gives an open-ended validity', () => {
    const index = buildSiteIndex(
      snapshot({
        'policy-documents': [
          policy(22, { pl: 'Program' }, { documentType: 'programme', issuer: 404, validFrom: '2020' }),
        ],
      }),
    )
    const entry = index.get('policy-documents', 22)!
    expect(JSON.parse(JSON.stringify(policyDocumentJsonLd(entry, index, 'pl', url)))).toEqual({
      '@type': 'CreativeWork',
      temporalCoverage: '2020-01-01/..',
    })
  })
})
