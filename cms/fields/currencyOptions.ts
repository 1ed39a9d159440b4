import type { OptionObject } from 'payload'
import { adminLanguages } from '../i18n/adminLanguages'

/** Currencies as select options: "EUR · euro", the code first (what the source documents print). */
export function currencyOptions(codes: readonly string[]): OptionObject[] {
  return codes.map((code) => ({
    value: code,
    label: Object.fromEntries(
      adminLanguages.map((language) => [
        language,
        `${code} · ${new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code}`,
      ]),
    ) as OptionObject['label'],
  }))
}
