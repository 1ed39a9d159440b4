import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { lt } from '@payloadcms/translations/languages/lt'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { settings } from '../shared/settings'
import { publishedVersionsEndpoint } from './api/publishedVersions'
import { portalCollections } from './collections'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { mailer } from './email/mailer'
import { loadEnv } from './env'
import { collectionWithFieldLimits, globalWithFieldLimits } from './fields/limits'
import { SiteSettings } from './globals/SiteSettings'
import { ShownDocumentsConflict } from './hooks/refuseWithdrawingShownDocuments'
import { withQueryChecks } from './hooks/rejectMalformedQuery'
import { globalWithKnownLocales, withKnownLocales } from './hooks/rejectUnknownLocale'
import { cleanUpFailedUpload } from './hooks/uploadFailures'
import { portalTranslations } from './i18n/messages'
import { PORTAL_TITLE_SUFFIX, TRANSLATIONS_TITLE } from './i18n/pageTitle'
import { collectionInAdminLanguages, globalInAdminLanguages } from './i18n/schemaText'
import { adminOrigins } from './lib/adminOrigins'
import { defaultLocale, fallbackOrder, locales } from './locales'
import { createPreviewTokenEndpoint, readPreviewEndpoint } from './preview/endpoints'
import { releaseFreedMemoryWhenQuiet } from './quietMemoryRelease'
import { translationEndpoints } from './translation/endpoints'
import { reviewMailTask } from './translation/review/reviewMail'

const dirname = path.dirname(fileURLToPath(import.meta.url))
loadEnv()

/** Assembles the CMS from its parts; each part lives in its own file. */
export default buildConfig({
  secret: requiredSecret(),
  serverURL: settings.cmsPublicUrl,
  // the auth cookie counts only on requests from the admin's own origin (cms/lib/adminOrigins.ts)
  csrf: adminOrigins(),
  cors: adminOrigins(),
  admin: {
    user: Users.slug,
    // Gravatar would be fetched from the internet on every admin page; keep the admin self-contained
    avatar: 'default',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    // the portal's own name and mark; the page title's suffix is put in the user's language by the admin page
    meta: {
      titleSuffix: PORTAL_TITLE_SUFFIX,
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/portal-icon.svg' }],
    },
    components: {
      graphics: { Logo: '/components/brand/PortalLogo#PortalLogo', Icon: '/components/brand/PortalIcon#PortalIcon' },
      afterNavLinks: ['/components/TranslationsNavLink#TranslationsNavLink'],
      // what needs attention today, above Payload's collection cards
      beforeDashboard: ['/components/AttentionDashboard#AttentionDashboard'],
      views: {
        translations: {
          Component: '/components/TranslationDashboard#TranslationDashboard',
          path: '/translations',
          meta: { title: TRANSLATIONS_TITLE },
        },
      },
    },
  },
  collections: portalCollections
    .map((collection) => collectionInAdminLanguages(collection))
    .map(withQueryChecks)
    .map(withKnownLocales)
    .map(collectionWithFieldLimits),
  globals: [SiteSettings]
    .map((global) => globalInAdminLanguages(global))
    .map(globalWithKnownLocales)
    .map(globalWithFieldLimits),
  hooks: { afterError: [cleanUpFailedUpload] },
  endpoints: [createPreviewTokenEndpoint, readPreviewEndpoint, publishedVersionsEndpoint, ...translationEndpoints],
  // scheduled publish/unpublish (versions.drafts.schedulePublish) run as jobs; the CMS server runs them every minute
  // review mails (translation/review/reviewMail.ts) are queued as jobs in the saving request's transaction
  jobs: {
    tasks: [reviewMailTask],
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.DISABLE_JOBS !== 'true',
  },
  localization: {
    locales: locales.map((l) => ({
      code: l.code,
      label: l.label,
      ...(l.code === defaultLocale ? {} : { fallbackLocale: fallbackOrder }),
    })),
    defaultLocale,
    fallback: true,
  },
  // Payload's own interface text in four languages, and ours beside it (cms/i18n/)
  i18n: {
    supportedLanguages: { en, pl, it, lt },
    fallbackLanguage: 'en',
    translations: portalTranslations as never,
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: mailer(),
  sharp,
  // types are generated on purpose (npm run generate:types), not as a side effect of every start
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
  telemetry: false,
  // what a burst of saves freed goes back to the system once the CMS is quiet (cms/quietMemoryRelease.ts)
  onInit: (payload) => {
    releaseFreedMemoryWhenQuiet(({ rssBeforeMb, rssAfterMb, milliseconds }) =>
      payload.logger.info(
        `gave freed memory back: ${rssBeforeMb} MB -> ${rssAfterMb} MB resident (${milliseconds} ms)`,
      ),
    )
  },
  // LOG_LEVEL=error quiets Payload (the test suite uses it); unset keeps Payload's readable default logger
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  // a refused unpublish or delete is an answer to the editor, not a fault of the CMS (Payload looks the
  // level up by the error's name at run time; its type lists only Payload's own errors)
  loggingLevels: { [ShownDocumentsConflict.errorName]: 'info' } as Record<string, 'info'>,
})

function requiredSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Run `npm start` once to generate a development .env, or export PAYLOAD_SECRET.',
    )
  }
  return secret
}
