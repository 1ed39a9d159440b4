/**
 * Synthetic content for benchmarks, at any scale: documents of every content collection in all four
 * locales, with realistic lengths, relationships, and a share of untranslated locales. It is made
 * from a fixed seed (the same scale gives the same documents) and written only into the benchmark's
 * own throwaway databases, never mixed with the faithful seed content of content-seed/.
 */
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { BulkWriter } from '../../cms/bulkLoad/bulkWriter'
import { toSlug } from '../../cms/lib/slug'
import { type LocaleCode, localeCodes } from '../../cms/locales'
import { type ContentSlug, contentType } from '../../shared/contentTypes'

/** Share of each collection in a scale of N documents. */
const mix: [ContentSlug, number][] = [
  ['organizations', 0.35],
  ['clusters', 0.1],
  ['funding-projects', 0.2],
  ['routes', 0.1],
  ['policy-documents', 0.1],
  ['events', 0.15],
]

const words: Record<LocaleCode, string[]> = {
  pl: 'klaster rozwój współpraca region turystyka zdrowie innowacje przedsiębiorstwa nauka samorząd projekt budżet partnerzy szlak morze bałtyckie strategia program wsparcie logistyka'.split(
    ' ',
  ),
  it: 'cluster sviluppo cooperazione regione turismo salute innovazione imprese ricerca comune progetto bilancio partner itinerario mare baltico strategia programma sostegno logistica'.split(
    ' ',
  ),
  lt: 'klasteris plėtra bendradarbiavimas regionas turizmas sveikata inovacijos įmonės mokslas savivalda projektas biudžetas partneriai maršrutas jūra baltijos strategija programa parama logistika'.split(
    ' ',
  ),
  en: 'cluster development cooperation region tourism health innovation enterprises research municipality project budget partners route sea baltic strategy programme support logistics'.split(
    ' ',
  ),
}

/** A small deterministic PRNG (mulberry32), so a scale always yields the same content. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * How the documents are written: as editors and translators do (create in the source locale, then one
 * update per translated locale), or each in one write of all its locales, as the seed writes a new
 * document (cms/bulkLoad/createInAllLocales.ts). The documents are the same either way.
 */
export type LoadWrite = 'editor' | 'bulk'

/** How many documents of each collection a scale makes (at least one each). */
export function countsFor(scale: number): Record<string, number> {
  return Object.fromEntries(mix.map(([c, share]) => [c, Math.max(1, Math.round(scale * share))]))
}

/** How many documents a scale makes in all. */
export function totalDocuments(scale: number): number {
  return Object.values(countsFor(scale)).reduce((a, b) => a + b, 0)
}

/**
 * Writes `scale` synthetic documents (published) and returns how long the writes took, and apart from
 * them how long the optional image uploads took. Each document is created in its source locale and
 * then updated in the other translated locales, as editors and translators do, or with `write: 'bulk'`
 * written once with all its locales; about one locale in ten is left untranslated.
 *
 * `range` writes only documents [from, to) of the whole sequence, so a large scale can be loaded by
 * several processes one after another (see loadSlice.ts for why). The documents before `from` must be in
 * the database already: the generator is replayed over them, without writing, so that every document
 * and reference comes out as in a single run.
 */
export async function loadSyntheticContent(
  payload: Payload,
  scale: number,
  {
    range = { from: 0, to: Number.POSITIVE_INFINITY },
    images = 0,
    seed = 2026,
    write = 'editor',
  }: { range?: { from: number; to: number }; images?: number; seed?: number; write?: LoadWrite } = {},
): Promise<{ documents: number; writes: number; images: number; imageSeconds: number; seconds: number }> {
  const random = prng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const sentence = (locale: LocaleCode, n: number) => {
    const text = Array.from({ length: n }, () => pick(words[locale])).join(' ')
    return `${text[0].toUpperCase()}${text.slice(1)}.`
  }
  const ids: Record<string, (number | string)[]> = {}
  const counts = countsFor(scale)
  let documents = 0
  let writes = 0
  let position = 0
  // the images are uploaded by the first slice, timed apart from the documents; later slices find them
  // in the database
  const uploadStarted = performance.now()
  ids.media = range.from === 0 ? await uploadImages(payload, images) : await existingIds(payload, 'media')
  const imageSeconds = range.from === 0 && images > 0 ? (performance.now() - uploadStarted) / 1000 : 0
  const started = performance.now()
  const bulk = new BulkWriter(payload, { context: { skipSiteUpdate: true } })
  const writtenIds: Record<string, Map<number, number | string>> = {}
  for (const [collection] of mix) {
    ids[collection] = await existingIds(payload, collection)
    writtenIds[collection] = new Map()
    for (let i = 0; i < counts[collection]; i++, position++) {
      const source = pick([...localeCodes])
      const translated = localeCodes.filter((l) => l === source || random() > 0.1)
      const { titleField } = contentType(collection)
      // every random draw happens before the range check, so skipped documents advance the generator
      // exactly as written ones do
      const texts = Object.fromEntries(
        translated.map((l) => {
          const title = `${sentence(l, 3).slice(0, -1)} ${collection.slice(0, 3)} ${i + 1}`
          return [l, { [titleField]: title, slug: `${toSlug(title)}-${i + 1}`, summary: sentence(l, 25) }]
        }),
      ) as Partial<Record<LocaleCode, Record<string, string>>>
      const base = baseData(collection, i, ids, pick, random)
      if (position < range.from || position >= range.to) continue
      if (write === 'bulk') {
        // the same document, in one write of all its locales (committed a hundred at a time); its id is
        // kept once written, in order, as the next collection's references pick from them
        const localized = (field: string) => Object.fromEntries(translated.map((l) => [l, texts[l]?.[field]]))
        const data = {
          ...base,
          [titleField]: localized(titleField),
          slug: localized('slug'),
          summary: localized('summary'),
          sourceLocale: source,
          _status: 'published',
        }
        await bulk.write(collection, data, (id) => writtenIds[collection].set(i, id))
        writes++
        documents++
        continue
      }
      const { id } = await payload.create({
        collection,
        locale: source,
        data: { ...base, ...texts[source], sourceLocale: source, _status: 'published' } as never,
        overrideAccess: true,
        depth: 0,
        context: { skipSiteUpdate: true },
      })
      writes++
      for (const locale of translated.filter((l) => l !== source)) {
        await payload.update({
          collection,
          id,
          locale,
          data: texts[locale] as never,
          overrideAccess: true,
          depth: 0,
          context: { skipSiteUpdate: true },
        })
        writes++
      }
      if (ids[collection].length === i) ids[collection].push(id)
      documents++
    }
    if (write === 'bulk') {
      // every document of this collection written before the next one's references are drawn
      await bulk.flush()
      for (const [i, id] of [...writtenIds[collection]].sort(([a], [b]) => a - b)) {
        if (ids[collection].length === i) ids[collection].push(id)
      }
    }
  }
  return {
    documents,
    writes,
    images: range.from === 0 ? images : 0,
    imageSeconds,
    seconds: (performance.now() - started) / 1000,
  }
}

/**
 * Uploads `count` distinct photographs' stand-ins: 1600×1000 pictures of overlapping translucent shapes
 * on a gradient, which compress like photographs far better than flat colour or noise would. Payload
 * makes its WebP sizes from each, as it does for an editor's upload.
 */
async function uploadImages(payload: Payload, count: number): Promise<(number | string)[]> {
  const random = prng(7)
  const ids: (number | string)[] = []
  for (let i = 0; i < count; i++) {
    const hue = () => Math.floor(random() * 360)
    const shapes = Array.from(
      { length: 40 },
      () =>
        `<circle cx="${Math.floor(random() * 1600)}" cy="${Math.floor(random() * 1000)}" r="${20 + Math.floor(random() * 220)}" fill="hsl(${hue()},60%,55%)" fill-opacity="0.45"/>`,
    ).join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue()},50%,70%)"/><stop offset="1" stop-color="hsl(${hue()},50%,30%)"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/>${shapes}</svg>`
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: `Synthetic picture ${i + 1}` } as never,
      locale: 'en',
      file: { data, mimetype: 'image/jpeg', name: `synthetic-${i + 1}.jpg`, size: data.length },
      overrideAccess: true,
      context: { skipSiteUpdate: true },
    })
    ids.push(media.id)
  }
  return ids
}

/** Ids of the documents a collection holds already, in the order they were written. */
async function existingIds(payload: Payload, collection: CollectionSlug): Promise<(number | string)[]> {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    sort: 'id',
    depth: 0,
    select: {},
    draft: true,
    overrideAccess: true,
  })
  return docs.map((d) => d.id)
}

function baseData(
  collection: CollectionSlug,
  i: number,
  ids: Record<string, (number | string)[]>,
  pick: <T>(list: T[]) => T,
  random: () => number,
): Record<string, unknown> {
  const org = () => pick(ids.organizations)
  // with images, the sections that show one get one each
  const image = ids.media.length > 0 ? { image: pick(ids.media) } : {}
  switch (collection) {
    case 'organizations':
      return {
        country: pick(['PL', 'LT', 'LV', 'DE', 'DK', 'IT']),
        kinds: [pick(['business', 'association', 'university'])],
      }
    case 'clusters':
      return {
        coordinator: org(),
        supportingOrganizations: [org(), org()],
        foundedOn: `${2000 + (i % 20)}`,
        country: 'PL',
        ...image,
      }
    case 'funding-projects': {
      const eu = Math.round(random() * 1e8)
      const own = Math.round(random() * 2e7)
      return {
        euContribution: (eu / 100).toFixed(2),
        ownContribution: (own / 100).toFixed(2),
        periodStart: `${2014 + (i % 8)}-01`,
        periodEnd: `${2018 + (i % 8)}-12-31`,
        cluster: pick(ids.clusters),
        partners: [
          { organization: org(), role: 'lead-partner' },
          { organization: org(), role: 'partner' },
          { organization: org(), role: 'partner' },
        ],
        ...image,
      }
    }
    case 'routes':
      return { project: pick(ids['funding-projects']), lengthKm: Math.round(random() * 800) / 10, ...image }
    case 'policy-documents':
      return {
        level: pick(['eu', 'national', 'regional']),
        documentType: pick(['strategy', 'programme']),
        adoptedOn: `${2005 + (i % 15)}-06`,
        issuer: org(),
      }
    case 'events':
      return { startDate: `${2015 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, organizer: org(), ...image }
    default:
      return {}
  }
}
