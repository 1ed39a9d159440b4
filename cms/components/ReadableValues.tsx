'use client'
/**
 * Stored values as people read them, in the admin's language and in the words the public site uses
 * (site/src/i18n/format.ts): money as "1 640 866,85 €" in list cells and beside its input, partial
 * dates as "czerwiec 2009" in list cells. The stored value stays exact; only its display changes.
 */
import { useField, useFormFields } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'
import { formatMoney, formatPartialDate } from '../../site/src/i18n/format'
import { isAdminLanguage } from '../i18n/adminLanguages'
import { useMessages } from '../i18n/useMessages'
import { isMoney } from '../lib/money'

const DEFAULT_CURRENCY = 'EUR'

function useLanguage() {
  const { language, t } = useMessages()
  return { language: isAdminLanguage(language) ? language : 'en', t }
}

/** A money column: the amount in the row's currency. */
export function MoneyCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { language, t } = useLanguage()
  if (!isMoney(cellData)) return <span>{cellData ? String(cellData) : t('values.none')}</span>
  const currency = (rowData as { currency?: string } | undefined)?.currency ?? DEFAULT_CURRENCY
  return <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(cellData, currency, language)}</span>
}

/** Beside a money input: how the typed amount reads, in the document's currency. */
export const MoneyPreview: TextFieldClientComponent = ({ path, field }) => {
  const { language, t } = useLanguage()
  const { value } = useField<string>({ path: path ?? field.name })
  const currency = useFormFields(([fields]) => fields.currency?.value as string | undefined) ?? DEFAULT_CURRENCY
  const compact = typeof value === 'string' ? value.replace(/[\s\u00a0\u202f]/g, '') : ''
  if (!isMoney(compact)) return null
  return (
    <p className="field-description money-preview" style={{ marginTop: 4 }}>
      {t('values.amountPreview', { amount: formatMoney(compact, currency, language) })}
    </p>
  )
}

/** A partial-date column: "2012", "czerwiec 2009", "11 marca 2015". */
export function PartialDateCell({ cellData }: DefaultCellComponentProps) {
  const { language, t } = useLanguage()
  return (
    <span>{typeof cellData === 'string' && cellData ? formatPartialDate(cellData, language) : t('values.none')}</span>
  )
}
