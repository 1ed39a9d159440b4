import type { PayloadRequest, TextField } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { parsePartialDate } from '../lib/partialDate'

type PartialDateOptions = Partial<Omit<TextField, 'type'>> & { name: string }

/**
 * A date that may be known only to the year or the month: stored as "2012", "2009-06" or
 * "2015-03-11" (see lib/partialDate.ts), so the precision the source gave is kept and shown.
 */
export function partialDateField({ name, admin, ...overrides }: PartialDateOptions): TextField {
  return {
    name,
    type: 'text',
    index: true,
    admin: {
      placeholder: 'YYYY-MM-DD',
      description: 'Year, month or day as far as it is known: 2012, 2009-06 or 2015-03-11.',
      ...admin,
      // "czerwiec 2009" in list columns, at the precision stored
      components: { Cell: '/components/ReadableValues#PartialDateCell', ...admin?.components },
    },
    validate: (value: string | null | undefined, { required, req }: { required?: boolean; req?: PayloadRequest }) => {
      const t = requestTranslator(req)
      if (value === null || value === undefined || value === '') return required ? t('validation.dateRequired') : true
      const parsed = parsePartialDate(value)
      return 'error' in parsed ? t(parsed.problem.key, parsed.problem.values) : true
    },
    ...overrides,
  } as TextField
}
