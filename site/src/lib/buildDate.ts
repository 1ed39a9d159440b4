/**
 * The day the site is built, as YYYY-MM-DD: project statuses ("ongoing", "completed") are relative to
 * it. BUILD_DATE pins it, so tests and reproducible builds do not depend on the clock.
 */
export const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10)
