// The search page: Pagefind's UI over this language's index (/pagefind/pagefind-ui.js loads first).
;(() => {
  const box = document.getElementById('search')
  // the widget's words in the page's language, from the site's translation files (SearchBox.astro)
  const translations = JSON.parse(box.dataset.translations || '{}')
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, autofocus: true, translations })
  const input = box.querySelector('input')
  if (input) input.setAttribute('aria-label', box.dataset.searchLabel)
})()
