import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  adminHeaders,
  isSitePreviewPath,
  monacoCdn,
  siteHeaders,
  sitePreviewHeaders,
  staticHostHeadersFile,
} from '../../cms/lib/securityHeaders'

const directives = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

describe('security headers', () => {
  it('the site allows its own scripts and stylesheets only (style attributes aside), no eval, no framing', () => {
    const headers = siteHeaders()
    const csp = directives(headers['Content-Security-Policy'])
    expect(csp['script-src']).toBe("'self' 'wasm-unsafe-eval'")
    expect(csp['style-src']).toBe("'self'")
    expect(csp['style-src-attr']).toBe("'unsafe-inline'")
    expect(csp['frame-ancestors']).toBe("'none'")
    expect(csp['object-src']).toBe("'none'")
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  it('only the admin may frame the preview route', () => {
    const headers = sitePreviewHeaders('https://cms.example.org')
    expect(directives(headers['Content-Security-Policy'])['frame-ancestors']).toBe('https://cms.example.org')
    expect(headers).not.toHaveProperty('X-Frame-Options')
    expect(isSitePreviewPath('/pl/preview/routes/3')).toBe(true)
    expect(isSitePreviewPath('/pl/trasy/preview-of-the-coast/')).toBe(false)
  })

  it('the admin may show the site in its live-preview pane and may be framed by itself only', () => {
    const csp = directives(adminHeaders('https://www.example.org')['Content-Security-Policy'])
    expect(csp['frame-src']).toBe("'self' https://www.example.org")
    expect(csp['frame-ancestors']).toBe("'self'")
    expect(csp['connect-src']).toBe("'self'")
  })

  it('allows the very Monaco build that Payload’s code editor loads', () => {
    const loaderConfig = readFileSync('node_modules/@monaco-editor/loader/lib/es/config/index.js', 'utf8')
    const vs = /vs: '([^']+)'/.exec(loaderConfig)?.[1]
    expect(`${vs}/`).toBe(monacoCdn)
  })

  it('the _headers file for static hosts carries exactly the site headers for every path', () => {
    const file = staticHostHeadersFile()
    const lines = file.split('\n').filter((l) => l && !l.startsWith('#'))
    expect(lines[0]).toBe('/*')
    expect(lines.slice(1)).toEqual(Object.entries(siteHeaders()).map(([name, value]) => `  ${name}: ${value}`))
  })
})
