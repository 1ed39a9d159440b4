/** A page's absolute address on a made-up public site, as JSON-LD names it. */
export const pageUrl = (path: string) => `https://example.org${path}`
