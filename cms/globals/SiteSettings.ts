import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { rowLabel } from '../fields/rowLabel'
import { seedIdentityFields } from '../fields/seedIdentity'
import { validateWebAddress } from '../fields/validate/webAddress'
import { queueAfterGlobalChange } from '../hooks/queueSiteUpdate'

/** Site-wide name, contact details and social links shown in the site's header and footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [queueAfterGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', localized: true, required: true },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
        { name: 'address', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      labels: { singular: 'Social link', plural: 'Social links' },
      admin: { components: { RowLabel: rowLabel('url', 'rows.link') } },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          // brand names stay as the brands write them; only the generic ones are translated
          options: [
            { value: 'facebook', label: { en: 'Facebook', pl: 'Facebook', it: 'Facebook', lt: 'Facebook' } },
            { value: 'twitter', label: { en: 'X (Twitter)', pl: 'X (Twitter)', it: 'X (Twitter)', lt: 'X (Twitter)' } },
            { value: 'linkedin', label: { en: 'LinkedIn', pl: 'LinkedIn', it: 'LinkedIn', lt: 'LinkedIn' } },
            { value: 'instagram', label: { en: 'Instagram', pl: 'Instagram', it: 'Instagram', lt: 'Instagram' } },
            { value: 'youtube', label: { en: 'YouTube', pl: 'YouTube', it: 'YouTube', lt: 'YouTube' } },
            { value: 'mastodon', label: { en: 'Mastodon', pl: 'Mastodon', it: 'Mastodon', lt: 'Mastodon' } },
            { value: 'bluesky', label: { en: 'Bluesky', pl: 'Bluesky', it: 'Bluesky', lt: 'Bluesky' } },
            { value: 'forum', label: 'Forum' },
            { value: 'other', label: 'Other' },
          ],
        },
        { name: 'url', label: 'Web address', type: 'text', required: true, validate: validateWebAddress },
        { name: 'label', type: 'text', localized: true },
      ],
    },
    // the seed's content hash, so re-running the seed leaves the settings untouched
    ...seedIdentityFields.filter((f) => 'name' in f && f.name === 'seedHash'),
  ],
}
