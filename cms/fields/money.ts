import type { PayloadRequest, TextField } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { isMoney, normalizeMoney } from '../lib/money'

type MoneyOptions = Partial<Omit<TextField, 'type'>> & { name: string }

/**
 * An exact amount of money in the project's currency, stored as a decimal string with two fraction
 * digits ("1337521.14") so no floating-point rounding ever changes a budget.
 */
export function moneyField({ name, admin, ...overrides }: MoneyOptions): TextField {
  return {
    name,
    type: 'text',
    admin: {
      placeholder: '0.00',
      description: 'Amount with a dot before the cents and no thousands separators, e.g. 1337521.14',
      ...admin,
      // the amount as it reads in the admin's language, under the input and in list columns
      components: {
        afterInput: ['/components/ReadableValues#MoneyPreview'],
        Cell: '/components/ReadableValues#MoneyCell',
        ...admin?.components,
      },
    },
    hooks: {
      beforeValidate: [
        ({ value }) => {
          if (typeof value !== 'string') return value
          const compact = value.replace(/[\s\u00a0\u202f]/g, '')
          return isMoney(compact) ? normalizeMoney(compact) : value
        },
      ],
    },
    validate: (value: string | null | undefined, { required, req }: { required?: boolean; req?: PayloadRequest }) => {
      const t = requestTranslator(req)
      if (value === null || value === undefined || value === '') return required ? t('validation.amountRequired') : true
      return isMoney(value) ? true : t('validation.notAnAmount', { value })
    },
    ...overrides,
  } as TextField
}
