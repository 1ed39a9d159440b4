'use client'
import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'
import { intlLocale, type MessageKey, type MessageValues, translator } from './messages'

/**
 * Our messages in the admin's current language, for client components: `const { t, language } = useMessages()`.
 * `language` is the admin language; `intl` the locale to format numbers and dates for it.
 */
export function useMessages(): {
  t: (key: MessageKey, values?: MessageValues) => string
  language: string
  intl: string
} {
  const { i18n } = useTranslation()
  return useMemo(() => ({ t: translator(i18n), language: i18n.language, intl: intlLocale(i18n) }), [i18n])
}
