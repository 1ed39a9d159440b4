/**
 * `npm run check:html [folder]`: the Nu HTML Checker (the W3C validator, from the vnu-jar package, on
 * Java 17 or later) over every page of a built site, `site/dist/client` unless a folder is given.
 * Prints each error with its page and line; exits 1 when there is one.
 */
import { htmlErrors } from './lib/htmlCheck'

const folder = process.argv[2] ?? 'site/dist/client'
const errors = await htmlErrors(folder)
for (const error of errors) console.error(`${error.file}:${error.line ?? '?'}: ${error.message}`)
console.log(
  errors.length === 0
    ? `Nu HTML Checker: no errors in ${folder}.`
    : `Nu HTML Checker: ${errors.length} error(s) in ${new Set(errors.map((e) => e.file)).size} page(s).`,
)
process.exitCode = errors.length === 0 ? 0 : 1
