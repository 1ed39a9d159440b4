import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { seedIdentityFields } from '../fields/seedIdentity'
import { validateWebAddress } from '../fields/validate/webAddress'
import { queueAfterGlobalChange } from '../hooks/queueSiteUpdate'

/** Site-wide name, contact details and social links shown in the site's header and footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
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
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['facebook', 'twitter', 'linkedin', 'instagram', 'youtube', 'mastodon', 'bluesky', 'forum', 'other'],
        },
        { name: 'url', type: 'text', required: true, validate: validateWebAddress },
        { name: 'label', type: 'text', localized: true },
      ],
    },
    // the seed's content hash, so re-running the seed leaves the settings untouched
    ...seedIdentityFields.filter((f) => 'name' in f && f.name === 'seedHash'),
  ],
}
