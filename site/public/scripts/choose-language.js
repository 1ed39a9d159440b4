// The root address: sends the reader to the first of their browser's languages the site has. The
// site's locales and the fallback come from the script tag's data attributes (src/pages/index.astro).
;(() => {
  const script = document.currentScript
  const codes = script.dataset.locales.split(' ')
  const wanted = (navigator.languages || [navigator.language]).map((l) => String(l).slice(0, 2).toLowerCase())
  const match = wanted.find((l) => codes.includes(l))
  location.replace(`/${match || script.dataset.fallback}/`)
})()
