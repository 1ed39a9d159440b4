/**
 * How much anyone may send the CMS, in one place. Every write path (the admin, REST, GraphQL, the
 * Local API acting as a user, XLIFF import, drafts and published saves alike) enforces these, so no
 * signed-in user can store or upload something large enough to stall the admin, the API or the site
 * build. A field may set a lower `maxLength`/`maxRows` of its own; these are the defaults.
 */

const MiB = 1024 * 1024

// ---------------------------------------------------------------------------------------------------
// Fields (cms/fields/limits.ts)

/** A single-line text field: names, titles, places, web addresses (browsers cap URLs near 2,000). */
export const TEXT_MAX_LENGTH = 2_000

/** A multi-line text field (summaries, descriptions); Payload's own default, stated here. */
export const TEXTAREA_MAX_LENGTH = 40_000

/** The text of a rich-text field, counted as the characters a reader sees. */
export const RICH_TEXT_MAX_CHARACTERS = 100_000

/** A rich-text field's stored Lexical JSON: the text plus its structure (paragraphs, formats, links). */
export const RICH_TEXT_MAX_JSON_LENGTH = 500_000

/** A JSON field (a route's GeoJSON line), serialized. */
export const JSON_MAX_LENGTH = 500_000

/** Rows of an array field, and values of a hasMany relationship, select or text field. */
export const MAX_ROWS = 200

// ---------------------------------------------------------------------------------------------------
// Request bodies (cms/api/bodyLimit.ts)

/**
 * Any request body other than an upload: JSON, GraphQL, the admin's form saves, logins. Generous for
 * the largest valid document in every locale at once (four rich-text bodies at their limit), far
 * below anything that would strain the server to buffer and parse.
 */
export const REQUEST_BODY_MAX_BYTES = 4 * MiB

/** A media upload (image or PDF), the whole multipart request. */
export const MEDIA_UPLOAD_MAX_BYTES = 20 * MiB

// ---------------------------------------------------------------------------------------------------
// XLIFF import (cms/translation/importTranslations.ts), from the command line and the upload alike

/**
 * An XLIFF file. About 20,000 units of ordinary length; reading one this size takes a few seconds
 * and a few hundred MB. Larger exports can be split with --collection, --id or --status.
 */
export const XLIFF_MAX_BYTES = 10 * MiB

/**
 * Markup in an XLIFF file (its `<` count: elements, comments, CDATA, processing instructions). The
 * parser builds every element in memory, so a small file of tiny elements would cost more than a
 * large one of text; this bounds it before parsing.
 */
export const XLIFF_MAX_MARKUP = 200_000

/** Documents (`<file>` elements) in one XLIFF file; each is read from the database to be checked. */
export const XLIFF_MAX_FILES = 2_000

/** Units (translatable fields) in one XLIFF file. */
export const XLIFF_MAX_UNITS = 20_000

/** Problems listed when an import is rejected; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 100

// ---------------------------------------------------------------------------------------------------
// Sign-in (cms/collections/Users.ts)

/** Failed logins in a row before an account is locked. */
export const MAX_LOGIN_ATTEMPTS = 5

/** How long a locked account stays locked, unless an admin unlocks it. */
export const LOGIN_LOCK_MS = 10 * 60 * 1000

// ---------------------------------------------------------------------------------------------------
// GPX import (cms/gpx/), a route's line and stops from a file

/** A GPX file: a multi-day track recorded every second, with heart rate and such, stays below it. */
export const GPX_MAX_BYTES = 16 * MiB

/**
 * Positions kept of an imported line. A recorded track is thinned to this many, dropping points that
 * add less than a metre or so to its shape, so the stored line stays within JSON_MAX_LENGTH and the
 * map and profile small; the length is measured on the full track first.
 */
export const GPX_MAX_LINE_POINTS = 5_000
