import { describe, expect, it } from 'vitest'
import { scaleSnapshot } from '../../scripts/bench/scaleSnapshot'
import { cluster, organization, project, snapshot } from './site/factories'

describe('a content snapshot grown to a scale', () => {
  const small = snapshot({
    organizations: [organization(1, { en: 'Harbour Society' }, { sourceLocale: 'en' })],
    clusters: [cluster(2, { en: 'Maritime Cluster' }, { sourceLocale: 'en', coordinator: 1 })],
    'funding-projects': [project(3, { en: 'Bridge' }, { sourceLocale: 'en' })],
  })

  it('has each type’s share of the scale, the originals first and unchanged', () => {
    const grown = scaleSnapshot(small, 100)
    expect(grown.collections.organizations).toHaveLength(35)
    expect(grown.collections.clusters).toHaveLength(10)
    expect(grown.collections['funding-projects']).toHaveLength(20)
    // a type with nothing to copy stays empty
    expect(grown.collections.routes).toHaveLength(0)
    expect(grown.collections.organizations[0]).toEqual(small.collections.organizations[0])
  })

  it('gives every copy its own id, title and slug, and keeps its references', () => {
    const grown = scaleSnapshot(small, 100)
    const ids = Object.values(grown.collections).flatMap((docs) => (docs as { id: unknown }[]).map((d) => d.id))
    expect(new Set(ids).size).toBe(ids.length)
    const slugs = grown.collections.organizations.map((o) => (o.slug as Record<string, string>).en)
    expect(new Set(slugs).size).toBe(35)
    expect(grown.collections.organizations[1].name).toEqual({ en: 'Harbour Society 1' })
    expect(grown.collections.clusters.every((c) => c.coordinator === 1)).toBe(true)
  })

  it('spreads the copied projects over forty programmes', () => {
    const grown = scaleSnapshot(small, 1000)
    const programmes = new Set(
      grown.collections['funding-projects'].slice(1).map((p) => (p.programme as { en: string }).en),
    )
    expect(programmes.size).toBe(40)
  })
})
