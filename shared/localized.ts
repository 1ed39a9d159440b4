import type { LocaleCode } from '../cms/locales'

/**
 * The shapes of documents as the site reads them: `depth=0` (references as ids) and `locale=all`
 * (every localized field as a { pl, it, lt, en } map). Derived from the generated
 * `cms/payload-types.ts`, so a field changed in a collection changes the site's types with it.
 */

/** A localized field as the CMS returns it with `locale=all`: one entry per locale that has a value. */
export type LocaleMap<T = string> = Partial<Record<LocaleCode, T | null>>

/** A document of some collection, as payload-types.ts declares them (array rows have no createdAt). */
interface CollectionDocument {
  id: number | string
  createdAt: string
}

/** A value read with `depth=0`: a reference to another document is its id. */
type ShallowValue<V> = V extends CollectionDocument
  ? V['id']
  : V extends readonly (infer Item)[]
    ? ShallowValue<Item>[]
    : V extends object
      ? Shallow<V>
      : V

/** A document read with `depth=0`: every reference, also in array rows and groups, is an id. */
export type Shallow<T> = { [K in keyof T]: ShallowValue<T[K]> }

/** The paths below `key` in a list of dotted paths: "stops.name" under "stops" is "name". */
type Below<Paths extends string, Key extends string> = Paths extends `${Key}.${infer Rest}` ? Rest : never

type LocalizedValue<V, Paths extends string> = [Paths] extends [never]
  ? V
  : V extends readonly (infer Row)[]
    ? Localized<Row, Paths>[]
    : V extends object
      ? Localized<V, Paths>
      : V

/**
 * A document read with `locale=all`: each field named in `Paths` ("name", or "stops.name" inside an
 * array or group) is a locale map; the rest keep their type.
 */
export type Localized<T, Paths extends string> = {
  [K in keyof T]: K extends Paths
    ? null extends T[K]
      ? LocaleMap<NonNullable<T[K]>> | null
      : LocaleMap<NonNullable<T[K]>>
    : K extends string
      ? LocalizedValue<T[K], Below<Paths, K>>
      : T[K]
}
