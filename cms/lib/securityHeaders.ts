/**
 * THE security headers of the public site and the admin, in one place: the site server
 * (site/src/server/entrypoint.ts), the `_headers` file written into every build for static hosts
 * (site/src/integrations/staticHeaders.ts) and the admin (cms/next.config.ts) all read them from here.
 * Dependency-free, because the site imports it.
 */

/** Header name → value. */
export type Headers = Record<string, string>

/** Joins CSP directives ("name value…") into one policy. */
function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** The origin (scheme://host:port) of an absolute URL. */
export function originOf(url: string): string {
  return new URL(url).origin
}

/** Headers every response of both servers carries. */
const common: Headers = {
  'X-Content-Type-Options': 'nosniff',
  // full URLs stay on this origin; other sites see the origin only, and nothing over a downgrade
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/**
 * What the site's pages need and nothing else: its own scripts (files, no inline code; JSON-LD
 * blocks are data and are not executed), its own stylesheets (no `<style>` elements: Astro writes
 * every stylesheet as a file), images the build encoded into the site, and Pagefind, which fetches
 * its index from the site and compiles its WebAssembly ('wasm-unsafe-eval'; it allows WebAssembly
 * only, not JavaScript eval). Inline `style` attributes are allowed: Payload's rich-text converter
 * writes underline, strikethrough, alignment and indentation with them; an attribute can style one
 * element but cannot run code or select other elements.
 */
const siteDirectives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
}

/** Every page and file of the public site: no framing at all. */
export function siteHeaders(): Headers {
  return {
    ...common,
    'Content-Security-Policy': policy(siteDirectives),
    'X-Frame-Options': 'DENY',
  }
}

/**
 * The draft preview route (`/<locale>/preview/...`), which the admin's live-preview pane shows in an
 * iframe: the admin's origin may frame it, nobody else. X-Frame-Options cannot name another origin,
 * so it is left out here; frame-ancestors is what browsers obey.
 */
export function sitePreviewHeaders(adminOrigin: string): Headers {
  return {
    ...common,
    'Content-Security-Policy': policy({ ...siteDirectives, 'frame-ancestors': adminOrigin }),
  }
}

/** Whether a site path is the draft preview route. */
export function isSitePreviewPath(pathname: string): boolean {
  return /^\/[a-z]{2}\/preview\//.test(pathname)
}

/**
 * Payload's code and JSON fields edit in Monaco, which its loader (@monaco-editor/loader) fetches from
 * jsDelivr rather than from the CMS: exactly that package version's folder is allowed, nothing else of
 * the CDN. Keep the version in step with node_modules/@monaco-editor/loader (a unit test checks it).
 */
export const monacoCdn = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs/'

/**
 * The admin (Payload on Next.js). Next.js writes its page data and bootstrapping as inline scripts
 * and Payload's components render inline `style` attributes, so scripts and styles need
 * 'unsafe-inline' (Next's nonce mechanism covers Next's own scripts only, and not statically
 * optimised routes). What the policy does enforce: scripts only from the CMS itself, no plugins,
 * no `<base>` hijacking, forms post only to the CMS, network requests only to the CMS, the live
 * preview pane may show only the site, and no other site may frame the admin.
 */
export function adminHeaders(siteOrigin: string): Headers {
  return {
    ...common,
    'Content-Security-Policy': policy({
      'default-src': "'self'",
      'script-src': `'self' 'unsafe-inline' ${monacoCdn}`,
      'style-src': `'self' 'unsafe-inline' ${monacoCdn}`,
      'img-src': "'self' data: blob:",
      'font-src': `'self' data: ${monacoCdn}`,
      'connect-src': "'self'",
      'frame-src': `'self' ${siteOrigin}`,
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
    }),
    'X-Frame-Options': 'SAMEORIGIN',
  }
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for a static host serving the built site.
 * The preview route is on-demand and exists only on the site's own server, so one rule covers all.
 */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(siteHeaders()).map(([name, value]) => `  ${name}: ${value}`)
  return ['# Written by the site build from cms/lib/securityHeaders.ts', '/*', ...lines, ''].join('\n')
}
