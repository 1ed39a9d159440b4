import { type I18nLike, requestTranslator } from '../../i18n/messages'

/** Field validation for an http(s) address; empty is allowed unless the field is required. */
export function validateWebAddress(
  value: string | null | undefined,
  { required, req }: { required?: boolean; req?: { i18n?: I18nLike } } = {},
): true | string {
  const t = requestTranslator(req)
  if (!value) return required ? t('validation.webAddressRequired') : true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return t('validation.webAddress', { value })
}
