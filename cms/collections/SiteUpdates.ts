import type { CollectionConfig } from 'payload'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isSignedIn } from '../access/isSignedIn'

/** The states of a site update. */
export const siteUpdateStatuses = ['queued', 'running', 'succeeded', 'failed'] as const

/** How an update was built: every page, only the changed ones, or nothing (no published change). */
export const siteUpdateKinds = ['full', 'incremental', 'unchanged'] as const

/**
 * The static site's update log and queue, for editors asking "when can people see it?". Publishing,
 * unpublishing or deleting content queues an update (hooks/queueSiteUpdate.ts); the site updater in
 * `npm start` takes every queued request at once, builds, and records the result here. Updates render
 * only the pages a change touches (scripts/lib/siteBuild/); editors can ask for a full rebuild by
 * creating one.
 */
export const SiteUpdates: CollectionConfig = {
  slug: 'site-updates',
  labels: { singular: 'Site update', plural: 'Site updates' },
  admin: {
    group: 'Site',
    useAsTitle: 'reasons',
    defaultColumns: ['status', 'kind', 'reasons', 'createdAt', 'finishedAt', 'durationMs'],
    description:
      'Each publish, unpublish or delete queues an update of the public site; requests made while one runs are combined into the next. Create one to rebuild the whole site.',
  },
  access: { read: isSignedIn, create: isEditorOrAdmin, update: () => false, delete: isEditorOrAdmin },
  defaultSort: '-createdAt',
  hooks: {
    beforeChange: [
      ({ context, data, operation, req }) => {
        // whatever an editor types, a new request starts queued; only the updater (overrideAccess) moves it on
        if (operation === 'create' && req.user && !context.queuedByContentChange) {
          return {
            reasons: data.reasons || `Full rebuild requested by ${req.user.email}`,
            status: 'queued',
            fullRebuild: true,
          }
        }
        return data
      },
    ],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [...siteUpdateStatuses],
      index: true,
    },
    { name: 'reasons', type: 'textarea', admin: { description: 'What changed, one line per request.' } },
    {
      name: 'fullRebuild',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true, description: 'Rebuild every page, not only those the changes touch.' },
    },
    {
      name: 'kind',
      type: 'select',
      options: [...siteUpdateKinds],
      admin: { readOnly: true, description: 'Every page, only the changed ones, or nothing to change.' },
    },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: 'Duration (ms)', admin: { readOnly: true } },
    {
      name: 'log',
      type: 'textarea',
      admin: { readOnly: true, description: 'The end of the build output; the reason when it failed.' },
    },
  ],
}
