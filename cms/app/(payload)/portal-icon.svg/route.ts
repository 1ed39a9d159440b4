/* The browser tab's icon for the admin: the portal's mark (shared/brand/mark.ts), as the site uses it. */
import { markSvg } from '../../../../shared/brand/mark'

export const GET = () =>
  new Response(markSvg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  })
