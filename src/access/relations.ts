import {
  combineQueries,
  executeAccess,
  type CollectionAfterReadHook,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { requestBatch } from '../db/requestBatch'
import { translatedError } from '../errors/translatedError'
import { relationId, requesterOf } from './requester'

type RelationField = { name: string; relationTo: CollectionSlug | CollectionSlug[] }

/**
 * Refuses (400) a relationship to an item the requester cannot read, or that does not exist:
 * linking an item must never become a way to learn that it exists.
 */
export function assertRelationsVisible({
  fields,
}: {
  fields: RelationField[]
}): CollectionBeforeValidateHook {
  return async ({ data, req }) => {
    if (!data || !req.user) return data
    for (const field of fields) {
      for (const [collection, ids] of idsByCollection({ field, value: data[field.name] })) {
        const visible = await readableIds({ req, collection, ids })
        const missing = ids.find((id) => !visible.has(String(id)))
        if (missing !== undefined) {
          throw translatedError({
            req,
            status: 400,
            key: 'access.relationNotVisible',
            params: { id: String(missing), collection },
            data: { field: field.name },
          })
        }
      }
    }
    return data
  }
}

/**
 * A field `afterRead` hook for relationships — of one item or many, of one collection or several
 * (`relationTo` a list) — that drops the items the requester may not read, so a public article
 * that links a `press` photo does not reveal that photo — not even its id — to an anonymous
 * reader. Payload itself only declines to populate such items.
 *
 * Without a query where it can: when Payload is about to populate the field (depth left, no
 * draft), its population reads the related items through the same read access, in one batch
 * per collection, and leaves the others as bare ids; the collection's
 * {@link dropUnpopulatedRelations} hook then drops those. Otherwise (depth 0, the last level of
 * a population, drafts, a field inside a group) the ids are checked with one query per related
 * collection for all the documents of a list at once (requestBatch).
 */
export function hideUnreadableRelations({
  relationTo,
}: {
  relationTo: CollectionSlug | CollectionSlug[]
}): FieldHook {
  return async ({
    value,
    req,
    overrideAccess,
    collection,
    field,
    path,
    depth,
    currentDepth,
    draft,
    siblingData,
  }): Promise<unknown> => {
    if (overrideAccess === true || value === null || value === undefined) return value as unknown
    if (Array.isArray(value) && value.length === 0) return value as unknown
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind === 'staff' && requester.roles.includes('admin')) return value as unknown
    // A top-level field of a collection that runs dropUnpopulatedRelations: that hook receives
    // the document that holds it. Elsewhere, nothing would drop what population leaves. Never
    // wait here for a field Payload is about to populate: a query awaited before its population
    // can put two documents that populate each other (a photo's event, the event's cover photo)
    // into one batch of Payload's loader, each waiting for the other.
    const topLevelName = path.length === 1 && typeof path[0] === 'string' ? path[0] : undefined
    const hasDropHook = collection?.hooks?.afterRead?.includes(dropUnpopulatedRelations) === true
    if (
      topLevelName !== undefined &&
      hasDropHook &&
      draft !== true &&
      isPopulated({ field, depth, currentDepth })
    ) {
      const names = awaitingPopulation.get(siblingData) ?? new Set<string>()
      awaitingPopulation.set(siblingData, names.add(topLevelName))
      return value as unknown
    }
    // One related item (a hasOne field), or items of several collections: one batched query
    // per related collection.
    if (!Array.isArray(value) || Array.isArray(relationTo)) {
      const items = (Array.isArray(value) ? value : [value]) as unknown[]
      const targets = items.map((item) => relationTarget({ item, relationTo }))
      const readable = await Promise.all(
        targets.map((target) =>
          target === null
            ? Promise.resolve(false)
            : isReadable({ req, collection: target.collection, id: target.id }),
        ),
      )
      const kept = items.filter((_, index) => readable[index] === true)
      return Array.isArray(value) ? kept : (kept[0] ?? null)
    }
    const items = value as unknown[]
    const ids = items.map(relationId)
    const flags = await readabilityLoader({ req, collection: relationTo }).loadMany(
      ids.filter((id): id is number | string => id !== null).map(String),
    )
    const readable = new Set(ids.filter((id, index) => id !== null && flags[index] === true))
    return items.filter((_, index) => readable.has(ids[index] ?? null))
  }
}

/**
 * A collection `afterRead` hook, first of its collection's, that completes
 * {@link hideUnreadableRelations}: in the fields that hook left to Payload's population, an
 * item still a bare id was not populated because the reader may not read it (or it is gone),
 * and is dropped (a field of one item is emptied).
 */
export const dropUnpopulatedRelations: CollectionAfterReadHook = ({ doc }) => {
  const record = doc as Record<string, unknown>
  for (const name of awaitingPopulation.get(record) ?? []) {
    const value = record[name]
    if (Array.isArray(value)) record[name] = value.filter(isPopulatedItem)
    else if (value !== null && value !== undefined && !isPopulatedItem(value)) record[name] = null
  }
  awaitingPopulation.delete(record)
  return record
}

/**
 * The relationship fields, by the document that holds them, whose unreadable items are left to
 * Payload's population to tell apart (it replaces their arrays, so the document is the key).
 */
const awaitingPopulation = new WeakMap<object, Set<string>>()

/**
 * Whether a relationship value was populated: a document, or for a field of several
 * collections, `{ relationTo, value }` whose value is a document.
 */
function isPopulatedItem(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false
  if (!('relationTo' in item) || !('value' in item)) return true
  const { value } = item as { value: unknown }
  return typeof value === 'object' && value !== null
}

/** Whether Payload's `afterRead` will populate this relationship field (as it decides it). */
function isPopulated({
  field,
  depth,
  currentDepth,
}: {
  field: object
  depth: number | undefined
  currentDepth: number | undefined
}): boolean {
  const maxDepth = 'maxDepth' in field && typeof field.maxDepth === 'number' ? field.maxDepth : null
  const populateDepth = maxDepth !== null && maxDepth < (depth ?? 0) ? maxDepth : depth
  return Boolean(populateDepth) && (currentDepth ?? 1) <= (populateDepth ?? 0)
}

/**
 * The request's batch of read checks for one collection: every item asked for while a list is
 * read is checked with one query.
 */
function readabilityLoader({
  req,
  collection,
}: {
  req: PayloadRequest
  collection: CollectionSlug
}): ReturnType<typeof requestBatch<string, boolean>> {
  return requestBatch<string, boolean>({
    request: req,
    key: `readable:${collection}`,
    batch: async (keys) => {
      const visible = await readableIds({ req, collection, ids: [...new Set(keys)] })
      return keys.map((id) => visible.has(id))
    },
  })
}

async function isReadable({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
}): Promise<boolean> {
  return readabilityLoader({ req, collection }).load(String(id))
}

/**
 * The collection and id a stored relationship value points at: a bare id or document of a
 * one-collection field, or `{ relationTo, value }` of a polymorphic one.
 */
function relationTarget({
  item,
  relationTo,
}: {
  item: unknown
  relationTo: CollectionSlug | CollectionSlug[]
}): { collection: CollectionSlug; id: number | string } | null {
  if (!Array.isArray(relationTo)) {
    const id = relationId(item)
    return id === null ? null : { collection: relationTo, id }
  }
  if (typeof item !== 'object' || item === null || !('relationTo' in item)) return null
  const { relationTo: collection, value } = item as { relationTo: unknown; value: unknown }
  const id = relationId(value)
  const known = relationTo.find((slug) => slug === collection)
  return known === undefined || id === null ? null : { collection: known, id }
}

/**
 * The ids among `ids` that the request's user may read: the collection's read access, applied
 * as Payload's `find` applies it (combined with the query; `false` reads nothing), in one query
 * that selects the id alone. Not through the Local API's `find`, whose `afterRead` hooks would
 * run per item for a yes-or-no answer — among them the locale rule, which may read each item a
 * second time in its fallback language (src/workflow/publishedLocaleReads.ts).
 */
async function readableIds({
  req,
  collection,
  ids,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  ids: Array<number | string>
}): Promise<Set<string>> {
  const config = req.payload.collections[collection].config
  const access = await executeAccess({ req, disableErrors: true }, config.access.read)
  if (access === false) return new Set()
  const conditions: Where[] = [{ id: { in: ids } }]
  if (config.trash) conditions.push({ deletedAt: { exists: false } })
  const { docs } = await req.payload.db.find({
    collection,
    where: combineQueries({ and: conditions }, access),
    limit: ids.length,
    pagination: false,
    select: { id: true },
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** A relationship field's stored value (one item or several), its ids by related collection. */
function idsByCollection({
  field,
  value,
}: {
  field: RelationField
  value: unknown
}): Map<CollectionSlug, Array<number | string>> {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  const byCollection = new Map<CollectionSlug, Array<number | string>>()
  for (const item of items) {
    const target = relationTarget({ item, relationTo: field.relationTo })
    if (target === null) continue
    byCollection.set(target.collection, [...(byCollection.get(target.collection) ?? []), target.id])
  }
  return byCollection
}
