import type { Payload } from 'payload'

import { relationId } from '../../access/requester'
import {
  buildSearchDocuments,
  type LabelNames,
  type LocalizedValue,
} from '../documents/buildSearchDocuments'
import type { SearchableCollection, SearchIndex } from '../SearchIndex'

/**
 * Brings the index in line with the database for `ids` of `collection`: each item's documents
 * are rebuilt from what is stored now, and an item that no longer exists loses its documents.
 * Idempotent, so one task covers publish, update, withdrawal, deletion, tier changes and
 * embargo lifts alike, and a retry is harmless.
 */
export async function syncItems({
  payload,
  index,
  collection,
  ids,
}: {
  payload: Payload
  index: SearchIndex
  collection: SearchableCollection
  ids: Array<number | string>
}): Promise<{ documents: number }> {
  if (ids.length === 0) return { documents: 0 }
  const items = await readItems({ payload, collection, ids })
  const labels = await readLabelNames({ payload, items })
  const documents = items.flatMap((item) => buildSearchDocuments({ collection, item, labels }))
  await index.replaceItems({
    itemKeys: ids.map((id) => `${collection}-${String(id)}`),
    documents,
  })
  return { documents: documents.length }
}

/** Items as the search documents are built from: every locale, ids unpopulated, live version. */
export async function readItems({
  payload,
  collection,
  ids,
}: {
  payload: Payload
  collection: SearchableCollection
  ids: Array<number | string>
}): Promise<Array<Record<string, unknown>>> {
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids.map((id) => storedId({ payload, id })) } },
    locale: 'all',
    draft: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    // The index holds every item; who sees which is decided at query time.
    overrideAccess: true,
  })
  return docs as unknown as Array<Record<string, unknown>>
}

/** The names, in every locale, of the topics and agencies `items` point to. */
export async function readLabelNames({
  payload,
  items,
}: {
  payload: Payload
  items: Array<Record<string, unknown>>
}): Promise<LabelNames> {
  const topicIds = new Set<string>()
  const agencyIds = new Set<string>()
  for (const item of items) {
    for (const topic of Array.isArray(item.topics) ? item.topics : []) {
      const id = relationId(topic)
      if (id !== null) topicIds.add(String(id))
    }
    const agency = relationId(item.agency)
    if (agency !== null) agencyIds.add(String(agency))
  }
  const [topics, agencies] = await Promise.all([
    namesOf({ payload, collection: 'topics', ids: [...topicIds] }),
    namesOf({ payload, collection: 'agencies', ids: [...agencyIds] }),
  ])
  return { topics, agencies }
}

/** Every name of every topic and agency, for rebuilding the whole index. */
export async function readAllLabelNames({ payload }: { payload: Payload }): Promise<LabelNames> {
  const [topics, agencies] = await Promise.all([
    namesOf({ payload, collection: 'topics' }),
    namesOf({ payload, collection: 'agencies' }),
  ])
  return { topics, agencies }
}

/** An id as the database adapter stores it (numbers in SQL, strings in MongoDB). */
export function storedId({
  payload,
  id,
}: {
  payload: Payload
  id: number | string
}): number | string {
  if (payload.db.defaultIDType === 'number' && typeof id === 'string' && /^\d+$/.test(id)) {
    return Number(id)
  }
  return id
}

async function namesOf({
  payload,
  collection,
  ids,
}: {
  payload: Payload
  collection: 'topics' | 'agencies'
  ids?: string[]
}): Promise<Map<string, LocalizedValue<string>>> {
  if (ids?.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    ...(ids ? { where: { id: { in: ids.map((id) => storedId({ payload, id })) } } } : {}),
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  return new Map(
    docs.map((doc) => {
      const name = (doc as { name?: unknown }).name
      const names =
        typeof name === 'string' ? { vi: name } : ((name ?? {}) as LocalizedValue<string>)
      return [String(doc.id), names]
    }),
  )
}
