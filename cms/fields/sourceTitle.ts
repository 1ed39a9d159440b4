import type { TextField } from 'payload'
import { isLocaleCode } from '../locales'

/**
 * A document's title in the language it was written in, beside the list's title column and in the
 * editor's sidebar, so a translator sees what a document is before it has a title in their language
 * (a Polish-only organisation reads "—" in the Lithuanian list otherwise). Computed on read, for
 * signed-in users only: the site's and anonymous reads do not pay the extra query.
 */
export function sourceTitleField(titleField: string): TextField {
  return {
    name: 'sourceTitle',
    type: 'text',
    virtual: true,
    label: 'Title in the source language',
    admin: { readOnly: true, position: 'sidebar' },
    hooks: {
      afterRead: [
        async ({ siblingData, req, collection }) => {
          const doc = siblingData as Record<string, unknown>
          const sourceLocale = doc.sourceLocale
          if (!req.user || !collection || doc.id === undefined || !isLocaleCode(sourceLocale)) return undefined
          if (req.locale === sourceLocale && typeof doc[titleField] === 'string') return doc[titleField]
          const source = (await req.payload
            .findByID({
              collection: collection.slug as never,
              id: doc.id as string,
              locale: sourceLocale,
              fallbackLocale: false as never,
              draft: true,
              depth: 0,
              overrideAccess: true,
              select: { [titleField]: true } as never,
              disableErrors: true,
            })
            .catch(() => null)) as Record<string, unknown> | null
          return typeof source?.[titleField] === 'string' ? source[titleField] : undefined
        },
      ],
    },
  }
}
