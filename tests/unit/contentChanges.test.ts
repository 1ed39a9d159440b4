import { describe, expect, it } from 'vitest'
import { applyContentChanges, contentChanges } from '../../shared/formats/contentChanges'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { cluster, event, media, organization, settings, snapshot } from './site/factories'

/** A new snapshot as the content sync makes it: new arrays, the unchanged documents the same objects. */
function synced(before: ContentSnapshot, edit: (collections: Record<string, unknown[]>) => void): ContentSnapshot {
  const collections = Object.fromEntries(
    Object.entries(before.collections).map(([name, docs]) => [name, [...docs]]),
  ) as Record<string, unknown[]>
  edit(collections)
  return { collections: collections as unknown as ContentSnapshot['collections'], settings: before.settings }
}

/** Through JSON, as the changes travel to the kept renderer. */
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value))

describe('content changes between two snapshots (what the kept renderer is sent)', () => {
  const before = snapshot({
    organizations: [organization(1, { en: 'Harbour Society' }), organization(2, { en: 'Amber Guild' })],
    clusters: [cluster(3, { en: 'Maritime Cluster' }, { coordinator: 1 })],
    events: [event(4, { en: 'Regatta' })],
    media: [media(5, { alt: { en: 'Sails' } })],
    settings: settings({ siteName: { en: 'Portal' } }),
  })

  it('names only the collections that differ, with every id in order and only the documents that changed', () => {
    const renamed = organization(2, { en: 'Amber Guild of Gdańsk' })
    const added = organization(6, { en: 'Port Authority' })
    const after = synced(before, (c) => {
      c.organizations = [c.organizations[0], renamed, added]
    })
    const changes = contentChanges(before, after)
    expect(Object.keys(changes.collections)).toEqual(['organizations'])
    expect(changes.collections.organizations).toEqual({ ids: [1, 2, 6], docs: [renamed, added] })
    expect('settings' in changes).toBe(false)
  })

  it('applied to the earlier snapshot, gives the later one, sharing the unchanged documents', () => {
    const after = synced(before, (c) => {
      c.organizations = [c.organizations[1]] // organisation 1 unpublished
      c.events = [...c.events, event(7, { en: 'Amber Fair' })]
      c.media = []
    })
    const applied = applyContentChanges(before, sent(contentChanges(before, after)))
    expect(applied).toEqual(after)
    expect(applied.collections.organizations[0]).toBe(before.collections.organizations[1])
    expect(applied.collections.clusters).toBe(before.collections.clusters)
    // the earlier snapshot is left as it was
    expect(before.collections.organizations).toHaveLength(2)
    expect(before.collections.events).toHaveLength(1)
  })

  it('keeps the order the later snapshot has', () => {
    const after = synced(before, (c) => {
      c.organizations = [c.organizations[1], c.organizations[0]]
    })
    const changes = contentChanges(before, after)
    expect(changes.collections.organizations).toEqual({ ids: [2, 1], docs: [] })
    expect(applyContentChanges(before, sent(changes)).collections.organizations.map((o) => o.id)).toEqual([2, 1])
  })

  it('carries new settings, and settings removed', () => {
    const renamed = { ...before, settings: settings({ siteName: { en: 'Baltic Portal' } }) }
    expect(applyContentChanges(before, sent(contentChanges(before, renamed))).settings).toEqual(renamed.settings)
    const none = { ...before, settings: null }
    expect(applyContentChanges(before, sent(contentChanges(before, none))).settings).toBeNull()
  })

  it('names a collection the earlier snapshot lacks, even empty (a snapshot from before a content type was added)', () => {
    const { events: _, ...withoutEvents } = before.collections
    const older = { ...before, collections: withoutEvents as ContentSnapshot['collections'] }
    const after = synced(before, (c) => {
      c.events = []
    })
    expect(contentChanges(older, after).collections.events).toEqual({ ids: [], docs: [] })
    expect(applyContentChanges(older, sent(contentChanges(older, after))).collections.events).toEqual([])
  })

  it('refuses changes that name a document neither snapshot holds, rather than render a page without it', () => {
    expect(() => applyContentChanges(before, { collections: { clusters: { ids: [3, 99], docs: [] } } })).toThrow(
      'content changes name clusters id 99, which neither snapshot holds',
    )
  })
})
