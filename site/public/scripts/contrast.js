// The high-contrast switch, remembered across pages: the only script on content pages. Loaded in
// <head> without defer so a stored choice applies before the first paint; the button is wired once
// the page is parsed. A file rather than an inline script, so the Content-Security-Policy needs no
// 'unsafe-inline' (cms/lib/securityHeaders.ts).
;(() => {
  const root = document.documentElement
  try {
    if (localStorage.getItem('contrast') === 'high') root.dataset.contrast = 'high'
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('[data-contrast-toggle]')
    if (!button) return
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.contrast === 'high'))
    button.hidden = false
    sync()
    button.addEventListener('click', () => {
      const high = root.dataset.contrast !== 'high'
      if (high) root.dataset.contrast = 'high'
      else delete root.dataset.contrast
      try {
        localStorage.setItem('contrast', high ? 'high' : 'normal')
      } catch {}
      sync()
    })
  })
})()
