'use client'
/**
 * An array row's label from what the row holds — the organisation's name for a partner, a stop's
 * name, an activity's title — instead of "Partner 01". A row that says nothing yet is "Partner 3".
 * Configured per array with `rowLabel(...)` (cms/fields/rowLabel.ts).
 */
import { useConfig, useLocale, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { MessageKey } from '../i18n/messages'
import { useMessages } from '../i18n/useMessages'

/** Titles of related documents already read, by collection, locale and id. */
const titles = new Map<string, Promise<string | undefined>>()

export function RowLabelFromField({
  field,
  relationTo,
  fallback,
}: {
  field: string
  relationTo?: string
  fallback: MessageKey
}) {
  const { t } = useMessages()
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const value = data?.[field]
  const [related, setRelated] = useState<string | undefined>()

  useEffect(() => {
    if (!relationTo || value === null || value === undefined || value === '') return setRelated(undefined)
    const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
    const titleField = config.collections.find((c) => c.slug === relationTo)?.admin?.useAsTitle ?? 'id'
    const key = `${relationTo}/${locale}/${id}`
    if (!titles.has(key)) {
      const query = new URLSearchParams({ depth: '0', draft: 'true', locale, [`select[${titleField}]`]: 'true' })
      titles.set(
        key,
        fetch(`${config.serverURL}${config.routes.api}/${relationTo}/${id}?${query}`, { credentials: 'include' })
          .then((r) => (r.ok ? r.json() : undefined))
          .then((doc) => (typeof doc?.[titleField] === 'string' ? doc[titleField] : undefined))
          .catch(() => undefined),
      )
    }
    let current = true
    void titles.get(key)?.then((title) => current && setRelated(title))
    return () => {
      current = false
    }
  }, [relationTo, value, locale, config])

  const own = relationTo ? related : typeof value === 'string' ? value.trim() : undefined
  const text = own
    ? own.length > 80
      ? `${own.slice(0, 79)}…`
      : own
    : t(fallback, { number: String((rowNumber ?? 0) + 1) })
  return <span className="row-label">{text}</span>
}
