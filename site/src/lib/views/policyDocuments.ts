import { earliestDay, latestDay } from '../../../../cms/lib/partialDate'
import type { LocaleCode } from '../../../../cms/locales'
import type { ContentDocument } from '../../../../shared/contentTypes'
import { type DateText, formatPartialDate, formatPeriod, partialDateText } from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { rowText } from '../doc'
import { mediaUrl } from '../media'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { present, type TypeCard } from './card'
import { organizationRef, type TypeJsonLd } from './schemaOrg'

type PolicyDocument = ContentDocument<'policy-documents'>

/** An attached file as the page links it. */
export interface AttachmentView {
  href: string
  /** Its file name, or the media document's id when it has none. */
  name: string
}

/** What a policy document's page shows between its summary and its body text. */
export interface PolicyDocumentView {
  /** The level and type as stored, for the `level.*` and `docType.*` strings. */
  level: PolicyDocument['level']
  documentType: PolicyDocument['documentType']
  /** The official number, e.g. "1486/205/12". */
  reference: string | undefined
  issuer: DocEntry<'organizations'> | undefined
  /** The adoption date as stored (for `datetime`) and as the reader reads it. */
  adopted: DateText | undefined
  /** The validity period as the reader reads it ("January 2017 – …"), when either end is known. */
  validity: string | undefined
  tasks: (string | undefined)[]
  /**
   * The documents this one names as related, in its order, then those naming it as related that it
   * does not name itself: the relation reads both ways.
   */
  related: DocEntry<'policy-documents'>[]
  attachments: AttachmentView[]
}

/** A policy document's page: level, type, issuer, dates, tasks, related documents and attachments. */
export function policyDocumentView(
  entry: DocEntry<'policy-documents'>,
  index: SiteIndex,
  locale: LocaleCode,
): PolicyDocumentView {
  const { doc } = entry
  const names = index.getAll('policy-documents', doc.relatedDocuments)
  const namedBy = index.referencing('policy-documents', 'relatedDocuments[]', entry)
  return {
    level: doc.level,
    documentType: doc.documentType,
    reference: doc.reference || undefined,
    issuer: index.get('organizations', doc.issuer),
    adopted: doc.adoptedOn ? partialDateText(doc.adoptedOn, locale) : undefined,
    validity: doc.validFrom || doc.validUntil ? formatPeriod(doc.validFrom, doc.validUntil, locale) : undefined,
    tasks: (doc.tasks ?? []).map((task) => rowText(task, 'task', entry, locale)),
    related: [...names, ...namedBy.filter((other) => !names.includes(other))],
    attachments: (doc.attachments ?? []).flatMap((id) => {
      const file = index.media.get(String(id))
      return file ? [{ href: mediaUrl(file), name: String(file.filename ?? file.id) }] : []
    }),
  }
}

/**
 * The schema.org type and properties of a policy document's page: resolutions and regulations are
 * Legislation, other documents CreativeWork.
 */
export const policyDocumentJsonLd: TypeJsonLd<'policy-documents'> = (entry, index, locale, url) => {
  const { doc } = entry
  const publishedIssuer = index.get('organizations', doc.issuer)
  return {
    '@type': doc.documentType === 'resolution' || doc.documentType === 'regulation' ? 'Legislation' : 'CreativeWork',
    ...(doc.adoptedOn ? { datePublished: doc.adoptedOn } : {}),
    ...(doc.reference ? { legislationIdentifier: doc.reference } : {}),
    ...(publishedIssuer ? { publisher: organizationRef(publishedIssuer, locale, url) } : {}),
    ...(doc.validFrom
      ? { temporalCoverage: `${earliestDay(doc.validFrom)}/${doc.validUntil ? latestDay(doc.validUntil) : '..'}` }
      : {}),
  }
}

/** A policy document's card: its level, its type and when it was adopted. */
export const policyDocumentCard: TypeCard<'policy-documents'> = (entry, locale) => {
  const d = entry.doc
  const t = useTranslations(locale)
  return {
    facts: present(
      d.level ? t(`level.${d.level}`) : undefined,
      t(`docType.${d.documentType}`),
      d.adoptedOn ? formatPartialDate(d.adoptedOn, locale) : undefined,
    ),
  }
}
