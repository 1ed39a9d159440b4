/** Temporary: the page bodies not yet moved to typed view models (site/src/lib/views) read documents through it. */
// biome-ignore lint/suspicious/noExplicitAny: removed with the last untyped page body
export type CmsData = Record<string, any>
