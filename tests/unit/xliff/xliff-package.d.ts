// The `xliff` package ships no types; this covers the one function the tests use.
declare module 'xliff' {
  /** An inline element as xliff2js gives it, e.g. `{ Span: { id, type, subType, contents } }`. */
  export type XliffJsInline = string | Record<string, { contents?: XliffJsValue; [attribute: string]: unknown }>
  export type XliffJsValue = XliffJsInline | XliffJsInline[]

  export interface XliffJsUnit {
    source?: XliffJsValue
    target?: XliffJsValue
    additionalAttributes?: Record<string, string>
    additionalElements?: unknown[]
  }

  export interface XliffJs {
    sourceLanguage?: string
    targetLanguage?: string
    /** Keyed by <file id> (not by `original`), then by <unit id>. */
    resources: Record<string, Record<string, XliffJsUnit>>
  }

  export function xliff2js(xml: string): Promise<XliffJs>
}
