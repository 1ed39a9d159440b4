import type { CollectionConfig } from 'payload'
import type { ContentSlug, ContentType } from '../../../shared/contentTypes'
import { canEditContent } from '../../access/canEditContent'
import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { isSignedIn } from '../../access/isSignedIn'
import { publishedOrSignedIn } from '../../access/publishedOrSignedIn'
import { sharedFieldsReadOnlyForTranslators } from '../../access/sharedFieldsForTranslators'
import { enforceTranslatorLimits } from '../../access/translatorLimits'
import { seedIdentityFields } from '../../fields/seedIdentity'
import { sourceLocaleField } from '../../fields/sourceLocale'
import { sourceTitleField } from '../../fields/sourceTitle'
import { updatedByField } from '../../fields/updatedBy'
import { queueAfterChange, queueAfterDelete } from '../../hooks/queueSiteUpdate'
import { refuseStaleWrites } from '../../hooks/refuseStaleWrites'
import { refuseUnpublishedReferences } from '../../hooks/refuseUnpublishedReferences'
import { refuseWithdrawingShownDocuments } from '../../hooks/refuseWithdrawingShownDocuments'
import { sitePreviewUrl } from '../../preview/previewUrl'
import { translationField, translationRequestField } from '../../translation/fields'
import { trackTranslationStatus } from '../../translation/hooks/trackTranslationStatus'
import { notifyReviewEvents } from '../../translation/review/reviewEvents'
import { holdBackUnapprovedLocales, keepApprovedTextLive, recordSourceText } from '../../translation/review/reviewGate'
import { validateDraftsWithoutRequired } from './draftValidation'

/**
 * What every content collection shares: drafts and versions, published-only reads for anonymous
 * users, editor/admin writes, translators limited to their locales' text, published documents that
 * point only at published ones (and cannot be left pointing at an unpublished or deleted one), the
 * document's source locale and per-locale translation state, and seed bookkeeping. A collection file describes only its
 * own fields; its slug and title field come from its content type (shared/contentTypes).
 */
export function contentCollection(
  type: Pick<ContentType, 'titleField'> & { slug: ContentSlug },
  own: Omit<CollectionConfig, 'slug'>,
): CollectionConfig {
  const config: CollectionConfig = { ...own, slug: type.slug, admin: { ...own.admin, useAsTitle: type.titleField } }
  return {
    ...config,
    access: {
      read: publishedOrSignedIn,
      readVersions: isSignedIn,
      create: isEditorOrAdmin,
      update: canEditContent,
      delete: isEditorOrAdmin,
      ...config.access,
    },
    versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 50 },
    // an anonymous read asks for published documents, newest first (Payload's default sort), a page at a
    // time: without this index SQLite found every published row, built each one's locales and arrays,
    // and only then sorted and kept 20 (33 ms for organisations at 10,000 documents; 0.5 ms with it)
    indexes: [{ fields: ['_status', 'createdAt'] }, ...(config.indexes ?? [])],
    admin: {
      group: 'Content',
      // "Preview" and the live-preview pane show the draft through the site's own templates
      preview: (doc, { locale }) => (doc?.id ? sitePreviewUrl(config.slug, doc.id as string, locale) : null),
      livePreview: {
        url: ({ data, locale }) => (data?.id ? sitePreviewUrl(config.slug, data.id, locale.code) : ''),
      },
      ...config.admin,
      // the source-language title and the translation badges show in every list unless a collection
      // chooses its columns without them
      defaultColumns: withTranslationColumns(config.admin?.defaultColumns),
    },
    hooks: {
      ...config.hooks,
      // a stale save is refused before anything else looks at it; then the translator limits, so a
      // translator is told what they may not do before anything else
      beforeOperation: [
        refuseStaleWrites,
        ...(config.hooks?.beforeOperation ?? []),
        enforceTranslatorLimits,
        refuseWithdrawingShownDocuments,
      ],
      // the translation state last, so it sees the text after every other hook has shaped it; then the
      // review gate, which reads it to keep unapproved locales' published text (translation/review/)
      beforeChange: [
        ...(config.hooks?.beforeChange ?? []),
        refuseUnpublishedReferences,
        trackTranslationStatus,
        holdBackUnapprovedLocales,
      ],
      // the gate corrects what goes live before the site update is queued
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        keepApprovedTextLive,
        recordSourceText,
        notifyReviewEvents,
        queueAfterChange,
      ],
      afterDelete: [...(config.hooks?.afterDelete ?? []), queueAfterDelete],
    },
    fields: validateDraftsWithoutRequired([
      ...sharedFieldsReadOnlyForTranslators([
        ...config.fields,
        sourceLocaleField,
        sourceTitleField(type.titleField),
        translationField,
        translationRequestField,
        {
          name: 'livePages',
          type: 'ui',
          admin: { position: 'sidebar', components: { Field: '/components/LivePageLinks#LivePageLinks' } },
        },
        ...seedIdentityFields,
      ]),
      // outside the translator wrapping: a translator's save records them too
      updatedByField,
    ]),
  }
}

function withTranslationColumns(columns: string[] | undefined): string[] | undefined {
  if (!columns) return columns
  const titled = columns.includes('sourceTitle') ? columns : [columns[0], 'sourceTitle', ...columns.slice(1)]
  if (titled.includes('translation')) return titled
  const at = titled.indexOf('_status')
  return at < 0 ? [...titled, 'translation'] : [...titled.slice(0, at + 1), 'translation', ...titled.slice(at + 1)]
}
