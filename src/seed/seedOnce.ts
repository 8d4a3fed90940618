import type { PayloadRequest } from 'payload'

import type { CollectionSlug, slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'

/** What one seeding pass did: the entries it created and those it found already there. */
export type SeedCount = { created: number; existing: number }

/** Document ids by the seed's own key (an agency code, a topic slug, a demo key). */
export type SeedIds = Map<string, number>

/**
 * Seeds each entry once: looks its document up by a unique field's value and calls `create`
 * only when none has it, so a second run changes nothing and what editors changed stays.
 * Entries are created in order, and `create` sees the ids of those before it (an article may
 * link earlier ones). Every call passes `req`: the seed runs in the caller's transaction.
 */
export async function seedOnce<Entry>({
  req,
  collection,
  field,
  entries,
  keyOf,
  uniqueValueOf,
  create,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  /** The unique field an entry is matched on (searched in Vietnamese when localized). */
  field: string
  entries: readonly Entry[]
  /** The entry's key in the returned ids. */
  keyOf: (entry: Entry) => string
  /** The value of `field` that identifies the entry's document. @default keyOf */
  uniqueValueOf?: (entry: Entry) => string
  /** Creates the entry's document (and whatever goes with it); returns its id. */
  create: (args: { entry: Entry; ids: SeedIds }) => Promise<number>
}): Promise<{ count: SeedCount; ids: SeedIds }> {
  const count: SeedCount = { created: 0, existing: 0 }
  const ids: SeedIds = new Map()
  for (const entry of entries) {
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { equals: (uniqueValueOf ?? keyOf)(entry) } },
      locale: DEFAULT_LOCALE,
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    const found = docs[0]
    if (found) {
      ids.set(keyOf(entry), found.id)
      count.existing += 1
      continue
    }
    ids.set(keyOf(entry), await create({ entry, ids }))
    count.created += 1
  }
  return { count, ids }
}

/**
 * Creates a document in Vietnamese (`data`, with the Vietnamese of each localized field),
 * then writes the other locales of `localized`; returns its id.
 */
export async function createInEveryLocale({
  req,
  collection,
  data,
  localized,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  data: Record<string, unknown>
  localized: Record<string, Partial<Record<Locale, string>> & { vi: string }>
}): Promise<number> {
  const vietnamese = Object.fromEntries(
    Object.entries(localized).map(([field, byLocale]) => [field, byLocale.vi]),
  )
  const created = await req.payload.create({
    collection,
    locale: DEFAULT_LOCALE,
    data: { ...data, ...vietnamese } as never,
    req,
  })
  await writeOtherLocales({ req, collection, id: created.id, values: localized })
  return created.id
}

/** Writes the non-Vietnamese values of localized fields, one locale at a time. */
export async function writeOtherLocales({
  req,
  collection,
  id,
  values,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  values: Record<string, Partial<Record<Locale, string>>>
}): Promise<void> {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue
    const data = Object.fromEntries(
      Object.entries(values).flatMap(([field, byLocale]) =>
        byLocale[locale] ? [[field, byLocale[locale]]] : [],
      ),
    )
    if (Object.keys(data).length === 0) continue
    await req.payload.update({ collection, id, locale, data, req })
  }
}

/** Looks up the ids of the records whose `field` has one of `values` (agencies, topics). */
export async function idsBy({
  req,
  collection,
  field,
  values,
}: {
  req: PayloadRequest
  collection: typeof slugs.agencies | typeof slugs.topics
  field: 'code' | 'slug'
  values: string[]
}): Promise<SeedIds> {
  const wanted = [...new Set(values)]
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: { in: wanted } },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map(
    docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]),
  )
}

/** The id of `value` among `ids`; a value missing from its seed list is a bug in the data. */
export function idOf({ ids, value, list }: { ids: SeedIds; value: string; list: string }): number {
  const id = ids.get(value)
  if (id === undefined) {
    throw new AppError({ message: `Demo seed: "${value}" is not in src/seed/data/${list}` })
  }
  return id
}
