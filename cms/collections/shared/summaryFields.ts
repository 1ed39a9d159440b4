import type { Field } from 'payload'

/** A localized one-paragraph summary (used for lists, search results and page descriptions) and a localized rich-text body. */
export const summaryAndBodyFields: Field[] = [
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    admin: { description: 'One or two sentences for lists, search results and link previews.' },
  },
  { name: 'body', type: 'richText', localized: true },
]
