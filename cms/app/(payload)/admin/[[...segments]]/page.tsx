/* Every admin screen is rendered by Payload's RootPage. */
import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { getRequestLanguage } from 'payload'
import { titleInLanguage } from '../../../../i18n/pageTitle'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

/** Payload's page metadata, with the portal's name in the title in the user's admin language. */
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> => {
  const metadata = await generatePageMetadata({ config, params, searchParams })
  const language = getRequestLanguage({ config: await config, cookies: await cookies(), headers: await headers() })
  const name = (text: string) => titleInLanguage(text, language)
  const { title, openGraph } = metadata
  return {
    ...metadata,
    title:
      typeof title === 'string'
        ? name(title)
        : title && 'absolute' in title && title.absolute
          ? { ...title, absolute: name(title.absolute) }
          : title && 'default' in title
            ? { ...title, default: name(title.default), template: title.template && name(title.template) }
            : title,
    openGraph: openGraph && {
      ...openGraph,
      siteName: name('{{portal}}'),
      title: typeof openGraph.title === 'string' ? name(openGraph.title) : openGraph.title,
    },
  }
}

const Page = ({ params, searchParams }: Args) => RootPage({ config, params, searchParams, importMap })

export default Page
