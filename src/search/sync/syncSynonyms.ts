import type { Payload } from 'payload'

import { slugs } from '../../../collections/slugs'
import type { SearchIndex } from '../SearchIndex'
import type { SynonymGroup } from '../text/synonyms'

/** The gazetteer collection whose entries are the engines' synonym groups. */
export const SYNONYM_COLLECTIONS = [slugs.places] as const

/**
 * Sends the gazetteer's names to `index` as synonym groups: one group per place, its name in
 * every locale and its other names. Read with access off: the engine's settings are not any
 * reader's, and only staff may read the gazetteer.
 */
export async function pushSynonyms({
  payload,
  index,
}: {
  payload: Payload
  index: SearchIndex
}): Promise<{ groups: number }> {
  const groups = await loadSynonymGroups({ payload })
  await index.updateSynonyms({ groups })
  return { groups: groups.length }
}

/** Every place of the gazetteer as a synonym group, in a stable order (by id). */
export async function loadSynonymGroups({
  payload,
}: {
  payload: Payload
}): Promise<SynonymGroup[]> {
  const { docs } = await payload.find({
    collection: slugs.places,
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { name: true, variants: true },
    overrideAccess: true,
  })
  return (docs as unknown as PlaceNames[]).map(namesOf).filter((names) => names.length > 1)
}

/** A place's names: each locale's, then the other names, each once. */
export function namesOf(place: PlaceNames): SynonymGroup {
  const localized = typeof place.name === 'string' ? [place.name] : Object.values(place.name ?? {})
  const names = [...localized, ...(place.variants ?? [])]
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.normalize('NFC').trim())
    .filter((name) => name !== '')
  return [...new Set(names)]
}

/** A gazetteer entry as read with `locale: 'all'`. */
export type PlaceNames = {
  name?: Partial<Record<string, string | null>> | string | null
  variants?: Array<string | null> | null
}
