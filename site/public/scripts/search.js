// The search page: Pagefind's UI over this language's index (/pagefind/pagefind-ui.js loads first).
;(() => {
  const box = document.getElementById('search')
  // the widget's words in the page's language, from the site's translation files (SearchBox.astro)
  const translations = JSON.parse(box.dataset.translations || '{}')
  new PagefindUI({
    element: '#search',
    // Pagefind with the pages changed since the full index merged in (search-index/pagefind.js)
    bundlePath: '/scripts/search-index/',
    showSubResults: true,
    showImages: false,
    autofocus: true,
    translations,
    // every result says what it is ("Klastry · Klaster LTPP"), from the page's data-pagefind-meta
    processResult: (result) => {
      if (result.meta?.type) result.meta.title = `${result.meta.type} · ${result.meta.title}`
      return result
    },
  })
  const input = box.querySelector('input')
  if (input) input.setAttribute('aria-label', box.dataset.searchLabel)
})()
