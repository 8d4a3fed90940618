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

type RelationField = { name: string; relationTo: CollectionSlug }

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
      const ids = idsOf(data[field.name])
      if (ids.length === 0) continue
      const visible = await readableIds({ req, collection: field.relationTo, ids })
      const missing = ids.find((id) => !visible.has(String(id)))
      if (missing !== undefined) {
        throw translatedError({
          req,
          status: 400,
          key: 'access.relationNotVisible',
          params: { id: String(missing), collection: field.relationTo },
          data: { field: field.name },
        })
      }
    }
    return data
  }
}

/**
 * A field `afterRead` hook for relationships: drops the items the requester may not read, so
 * a public article that links a `press` photo does not reveal that photo — not even its id —
 * to an anonymous reader. Payload itself only declines to populate such items.
 *
 * Without a query where it can: when Payload is about to populate the field (depth left, no
 * draft), its population reads the related items through the same read access, in one batch
 * per collection, and leaves the others as bare ids; the collection's
 * {@link dropUnpopulatedRelations} hook then drops those. Otherwise (depth 0, the last level of
 * a population, drafts, a field inside a group) the ids are checked with one query per related
 * collection for all the documents of a list at once (requestBatch).
 */
export function hideUnreadableRelations({ relationTo }: { relationTo: CollectionSlug }): FieldHook {
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
    if (overrideAccess === true || !Array.isArray(value) || value.length === 0)
      return value as unknown
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind === 'staff' && requester.roles.includes('admin')) return value as unknown[]
    const items = value as unknown[]
    // A top-level field of a collection that runs dropUnpopulatedRelations: that hook receives
    // the document that holds it. Elsewhere, nothing would drop what population leaves.
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
      return items
    }
    const ids = items.map(relationId)
    const loader = requestBatch<string, boolean>({
      request: req,
      key: `readable:${relationTo}`,
      batch: async (keys) => {
        const visible = await readableIds({ req, collection: relationTo, ids: [...new Set(keys)] })
        return keys.map((id) => visible.has(id))
      },
    })
    const isReadable = await loader.loadMany(
      ids.filter((id): id is number | string => id !== null).map(String),
    )
    const readable = new Set(ids.filter((id, index) => id !== null && isReadable[index] === true))
    return items.filter((_, index) => readable.has(ids[index] ?? null))
  }
}

/**
 * A collection `afterRead` hook, first of its collection's, that completes
 * {@link hideUnreadableRelations}: in the fields that hook left to Payload's population, an
 * item still a bare id was not populated because the reader may not read it (or it is gone),
 * and is dropped.
 */
export const dropUnpopulatedRelations: CollectionAfterReadHook = ({ doc }) => {
  const record = doc as Record<string, unknown>
  for (const name of awaitingPopulation.get(record) ?? []) {
    const value = record[name]
    if (Array.isArray(value))
      record[name] = value.filter((item) => typeof item === 'object' && item !== null)
  }
  awaitingPopulation.delete(record)
  return record
}

/**
 * The relationship fields, by the document that holds them, whose unreadable items are left to
 * Payload's population to tell apart (it replaces their arrays, so the document is the key).
 */
const awaitingPopulation = new WeakMap<object, Set<string>>()

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

function idsOf(value: unknown): Array<number | string> {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.map(relationId).filter((id): id is number | string => id !== null)
}
