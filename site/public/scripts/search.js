// The search page: Pagefind's UI over this language's index (/pagefind/pagefind-ui.js loads first).
;(() => {
  const box = document.getElementById('search')
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, autofocus: true })
  const input = box.querySelector('input')
  if (input) input.setAttribute('aria-label', box.dataset.searchLabel)
})()
