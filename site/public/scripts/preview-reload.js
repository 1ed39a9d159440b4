// In the admin's live-preview pane: show the new draft as soon as the editor saves it.
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'payload-document-event') location.reload()
})
