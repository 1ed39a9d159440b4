import { NextResponse } from 'next/server'
import { settings } from '../shared/settings'
import { adminHeaders, originOf } from './lib/securityHeaders'

// read when the server starts, not when the admin is built: the same build serves any SITE_URL
const headers = Object.entries(adminHeaders(originOf(settings.siteUrl)))

/** Puts the admin's security headers (cms/lib/securityHeaders.ts) on every response of the CMS. */
export function proxy(): NextResponse {
  const response = NextResponse.next()
  for (const [name, value] of headers) response.headers.set(name, value)
  return response
}
