import { DOMParser, type Document } from '@xmldom/xmldom'
import { requestTranslator } from '../i18n/messages'
import type { Problems } from '../translation/problems'

/**
 * Parses an uploaded XML file (an XLIFF translation, a GPX track), putting every well-formedness error
 * into `problems` with where it is; the document only when there were none.
 */
export function parseXml(xml: string, problems: Problems, i18n = problems.i18n): Document | undefined {
  const t = requestTranslator({ i18n })
  if (xml.trim() === '') {
    problems.push(t('xml.empty'))
    return undefined
  }
  let found = 0
  const parser = new DOMParser({
    // XML 1.0 line ends only: xmldom's default also turns U+2028, U+2029 and U+0085 into \n (XML 1.1).
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    onError: (_level, message, context: { locator?: { lineNumber?: number; columnNumber?: number } }) => {
      // Not a syntax error: U+FFFD can be legitimate text.
      if (message.startsWith('Unicode replacement character')) return
      found++
      problems.push(t('xml.malformed', { reason: message, where: where(context.locator, t) }))
    },
  })
  try {
    const document = parser.parseFromString(xml, 'text/xml')
    return found === 0 && document.documentElement ? document : undefined
  } catch (error) {
    if (found === 0) problems.push(t('xml.malformed', { reason: (error as Error).message, where: '' }))
    return undefined
  }
}

function where(
  locator: { lineNumber?: number; columnNumber?: number } | undefined,
  t: ReturnType<typeof requestTranslator>,
): string {
  if (!locator?.lineNumber) return ''
  const line = String(locator.lineNumber)
  return locator.columnNumber
    ? t('xml.nearColumn', { line, column: String(locator.columnNumber) })
    : t('xml.near', { line })
}
