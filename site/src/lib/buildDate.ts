import { settings } from '../../../shared/settings'

/**
 * The day the site is built, as YYYY-MM-DD: project statuses ("ongoing", "completed") are relative to
 * it. BUILD_DATE pins it, so tests and reproducible builds do not depend on the clock.
 */
export const buildDate = settings.buildDate
