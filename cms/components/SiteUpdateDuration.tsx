'use client'
/** A site update's duration in seconds, in the admin language's number format ("12,3 s"). */
import { FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientComponent } from 'payload'
import { useMessages } from '../i18n/useMessages'

function useSeconds(ms: unknown): string {
  const { t, intl } = useMessages()
  if (typeof ms !== 'number') return t('values.none')
  const seconds = (ms / 1000).toLocaleString(intl, { maximumFractionDigits: 1, minimumFractionDigits: 1 })
  return t('siteUpdates.seconds', { seconds })
}

/** The list column. */
export function SiteUpdateDurationCell({ cellData }: DefaultCellComponentProps) {
  return <span>{useSeconds(cellData)}</span>
}

/** The edit view's read-only field. */
export const SiteUpdateDurationField: NumberFieldClientComponent = ({ field, path }) => {
  const { value } = useField<number>({ path: path ?? field.name })
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path ?? field.name} />
      <p style={{ margin: 0 }}>{useSeconds(value)}</p>
    </div>
  )
}
