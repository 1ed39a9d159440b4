import { APIError, type Field, type PayloadRequest } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { latestVersion } from '../lib/latestVersion'
import { isLocaleCode, type LocaleCode } from '../locales'
import { localeUpdate } from './localeUpdate'
import { translatableCollections } from './translatableCollections'
import { isEmptyUnitValue, translatableUnits } from './units'

/** What a copy did: how many fields it filled and the target locale's state afterwards. */
export interface CopyResult {
  copied: number
  status: string | null
}

/**
 * Starts a translation from existing text: fills every empty translatable field of `to` with the text
 * of `from` and marks `to` "in progress". Fields already written in `to` are left alone, so a copy
 * never overwrites a translator's work. It runs as the requesting user, so a translator can copy only
 * into their own locales, and their copy is saved as a draft like any other edit.
 */
export async function copyLocale(
  req: PayloadRequest,
  args: { collection: string; id: number | string; from: string; to: string },
): Promise<CopyResult> {
  const { collection, id, from, to } = args
  const t = requestTranslator(req)
  const config = translatableCollections(req.payload).find((c) => c.slug === collection)
  if (!config) {
    throw new APIError(t('translations.notTranslatable', { collection }), 400, undefined, true)
  }
  for (const [name, code] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isLocaleCode(code)) throw new APIError(t('translations.notALocale', { name, code }), 400, undefined, true)
  }
  if (from === to) throw new APIError(t('translations.sameLocale'), 400, undefined, true)
  const read = (locale: LocaleCode) =>
    latestVersion({ req, collection, id, locale, asUser: true }) as Promise<Record<string, unknown>>
  // one after the other: calls sharing a request must not run concurrently (see keepingLocale)
  const source = await read(from as LocaleCode)
  const target = await read(to as LocaleCode)
  const fields = config.fields as Field[]
  const targetUnits = new Map(translatableUnits(fields, target).map((u) => [u.id, u.value]))
  const values = new Map<string, unknown>()
  for (const unit of translatableUnits(fields, source)) {
    if (!isEmptyUnitValue(unit.value) && isEmptyUnitValue(targetUnits.get(unit.id))) values.set(unit.id, unit.value)
  }
  if (values.size === 0) {
    const state = (target.translation as Record<string, { status?: string }> | undefined)?.[to]?.status ?? null
    return { copied: 0, status: state }
  }
  const updated = (await req.payload.update({
    collection: collection as never,
    id,
    locale: to as LocaleCode,
    data: { ...localeUpdate(target, values), translationRequest: 'in-progress' } as never,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as { translation?: Record<string, { status?: string }> }
  return { copied: values.size, status: updated.translation?.[to]?.status ?? null }
}
