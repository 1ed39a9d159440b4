/**
 * The portal's mark — two Baltic waves under a sun — as SVG: the site's favicon and icons
 * (`npm run make:icons` writes site/public/favicon.svg and the PNGs from it) and the admin's logo,
 * icon and browser-tab icon. One drawing, so the admin and the site are recognisably the same portal.
 */
export const markSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <title>Baltic Clusters &amp; Routes</title>
  <rect width="32" height="32" rx="7" fill="#0b3a6b"/>
  <path d="M5 19c3.5-3 7.5-3 11 0s7.5 3 11 0M5 24c3.5-3 7.5-3 11 0s7.5 3 11 0" fill="none" stroke="#ffffff" stroke-width="2.4" stroke-linecap="round"/>
  <circle cx="16" cy="10.5" r="3.5" fill="#f5c451"/>
</svg>
`

/** The mark as a data: URL, for an <img> or a CSS background. */
export const markDataUrl = `data:image/svg+xml,${encodeURIComponent(markSvg)}`
