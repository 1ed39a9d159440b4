/** The look of our admin panels: cards in Payload's theme colours, in a grid that wraps on a phone. */

/** A grid of cards at least `min` wide, one per row on a phone. */
export const panelGrid = (min: string) => ({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}), 1fr))`,
  gap: 'var(--base)',
})

/** One card. */
export const panel = {
  display: 'grid',
  gap: 'calc(var(--base) / 2)',
  alignContent: 'start',
  padding: 'var(--base)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  background: 'var(--theme-elevation-0)',
}
