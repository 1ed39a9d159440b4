import * as migration_20261121_193101_initial from './20261121_193101_initial'
import * as migration_20261121_195539_add_images from './20261121_195539_add_images'
import * as migration_20261121_202424_site_updates_and_jobs from './20261121_202424_site_updates_and_jobs'
import * as migration_20261121_214645_translation_status from './20261121_214645_translation_status'
import * as migration_20261121_224024_site_update_kind from './20261121_224024_site_update_kind'
import * as migration_20261121_234642_locale_parent_indexes from './20261121_234642_locale_parent_indexes'
import * as migration_20261204_151041_updated_by from './20261204_151041_updated_by'
import * as migration_20261204_221500_featured_projects from './20261204_221500_featured_projects'
import * as migration_20261205_004810_route_details from './20261205_004810_route_details'
import * as migration_20261205_012631_project_websites from './20261205_012631_project_websites'
import * as migration_20261205_041300_site_update_changes from './20261205_041300_site_update_changes'
import * as migration_20261205_073754_translation_review from './20261205_073754_translation_review'
import * as migration_20261205_082039_seed_fidelity from './20261205_082039_seed_fidelity'
import * as migration_20261205_171045_read_indexes from './20261205_171045_read_indexes'

export const migrations = [
  {
    up: migration_20261121_193101_initial.up,
    down: migration_20261121_193101_initial.down,
    name: '20261121_193101_initial',
  },
  {
    up: migration_20261121_195539_add_images.up,
    down: migration_20261121_195539_add_images.down,
    name: '20261121_195539_add_images',
  },
  {
    up: migration_20261121_202424_site_updates_and_jobs.up,
    down: migration_20261121_202424_site_updates_and_jobs.down,
    name: '20261121_202424_site_updates_and_jobs',
  },
  {
    up: migration_20261121_214645_translation_status.up,
    down: migration_20261121_214645_translation_status.down,
    name: '20261121_214645_translation_status',
  },
  {
    up: migration_20261121_224024_site_update_kind.up,
    down: migration_20261121_224024_site_update_kind.down,
    name: '20261121_224024_site_update_kind',
  },
  {
    up: migration_20261121_234642_locale_parent_indexes.up,
    down: migration_20261121_234642_locale_parent_indexes.down,
    name: '20261121_234642_locale_parent_indexes',
  },
  {
    up: migration_20261204_151041_updated_by.up,
    down: migration_20261204_151041_updated_by.down,
    name: '20261204_151041_updated_by',
  },
  {
    up: migration_20261204_221500_featured_projects.up,
    down: migration_20261204_221500_featured_projects.down,
    name: '20261204_221500_featured_projects',
  },
  {
    up: migration_20261205_004810_route_details.up,
    down: migration_20261205_004810_route_details.down,
    name: '20261205_004810_route_details',
  },
  {
    up: migration_20261205_012631_project_websites.up,
    down: migration_20261205_012631_project_websites.down,
    name: '20261205_012631_project_websites',
  },
  {
    up: migration_20261205_041300_site_update_changes.up,
    down: migration_20261205_041300_site_update_changes.down,
    name: '20261205_041300_site_update_changes',
  },
  {
    up: migration_20261205_073754_translation_review.up,
    down: migration_20261205_073754_translation_review.down,
    name: '20261205_073754_translation_review',
  },
  {
    up: migration_20261205_082039_seed_fidelity.up,
    down: migration_20261205_082039_seed_fidelity.down,
    name: '20261205_082039_seed_fidelity',
  },
  {
    up: migration_20261205_171045_read_indexes.up,
    down: migration_20261205_171045_read_indexes.down,
    name: '20261205_171045_read_indexes',
  },
]
