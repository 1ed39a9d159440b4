import type { CollectionConfig, FieldAccess } from 'payload'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isSignedIn } from '../access/isSignedIn'
import { hasRole } from '../lib/roles'
import { rebuildSiteEndpoint } from '../siteUpdates/rebuildSiteEndpoint'

/** The states of a site update. */
export const siteUpdateStatuses = ['queued', 'running', 'succeeded', 'failed'] as const

/** How an update was built: every page, only the changed ones, or nothing (no published change). */
export const siteUpdateKinds = ['full', 'incremental', 'unchanged'] as const

/** Who reads what changed and who changed it: editors and admins (translators see only the states). */
const editorsAndAdmins: FieldAccess = ({ req }) => hasRole(req.user, 'editor', 'admin')

/** How the admin names each state (translated with the rest of the schema text, cms/i18n/). */
export const siteUpdateStatusNames: Record<(typeof siteUpdateStatuses)[number], string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
}

/** How the admin names each kind of update. */
const siteUpdateKindNames: Record<(typeof siteUpdateKinds)[number], string> = {
  full: 'Every page',
  incremental: 'Changed pages only',
  unchanged: 'Nothing to change',
}

/**
 * The static site's update log and queue, for editors asking "when can people see it?". Publishing,
 * unpublishing or deleting content queues an update (hooks/queueSiteUpdate.ts); the site updater in
 * `npm start` takes every queued request at once, builds, and records the result here. Updates render
 * only the pages a change touches (scripts/lib/siteBuild/). Each update lists its changes — which
 * document, what happened, by whom — in the reader's admin language; only editors and admins read
 * them. Nobody creates an update by hand: "Rebuild the whole site" (components/RebuildSite) asks for a
 * full rebuild through `POST /api/site-updates/rebuild`, after a confirmation.
 */
export const SiteUpdates: CollectionConfig = {
  slug: 'site-updates',
  labels: { singular: 'Site update', plural: 'Site updates' },
  admin: {
    group: 'Site',
    defaultColumns: ['status', 'kind', 'changes', 'createdAt', 'finishedAt', 'durationMs'],
    description:
      'Each publish, unpublish or delete queues an update of the public site; requests made while one runs are combined into the next.',
    components: { beforeListTable: ['/components/RebuildSite#RebuildSite'] },
  },
  access: { read: isSignedIn, create: () => false, update: () => false, delete: isEditorOrAdmin },
  defaultSort: '-createdAt',
  endpoints: [rebuildSiteEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: siteUpdateStatuses.map((value) => ({ value, label: siteUpdateStatusNames[value] })),
      index: true,
    },
    {
      name: 'changes',
      type: 'json',
      access: { read: editorsAndAdmins },
      admin: {
        readOnly: true,
        description: 'What changed, and who changed it.',
        components: {
          Field: '/components/SiteUpdateChanges#SiteUpdateChangesField',
          Cell: '/components/SiteUpdateChanges#SiteUpdateChangesCell',
        },
      },
    },
    // the documents the changes are about ("clusters:3"), so a document's sidebar finds its latest update
    {
      name: 'documents',
      type: 'text',
      hasMany: true,
      index: true,
      access: { read: editorsAndAdmins },
      admin: { hidden: true },
    },
    // the changes as English lines, for the updater's console and log files
    { name: 'reasons', type: 'textarea', access: { read: editorsAndAdmins }, admin: { hidden: true } },
    {
      name: 'fullRebuild',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true, description: 'Rebuild every page, not only those the changes touch.' },
    },
    {
      name: 'kind',
      type: 'select',
      options: siteUpdateKinds.map((value) => ({ value, label: siteUpdateKindNames[value] })),
      admin: { readOnly: true, description: 'Every page, only the changed ones, or nothing to change.' },
    },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'durationMs',
      type: 'number',
      label: 'Duration',
      admin: {
        readOnly: true,
        components: {
          Field: '/components/SiteUpdateDuration#SiteUpdateDurationField',
          Cell: '/components/SiteUpdateDuration#SiteUpdateDurationCell',
        },
      },
    },
    {
      name: 'log',
      type: 'textarea',
      access: { read: editorsAndAdmins },
      admin: { readOnly: true, description: 'The end of the build output; the reason when it failed.' },
    },
  ],
}
