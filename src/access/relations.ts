import type {
  CollectionBeforeValidateHook,
  CollectionSlug,
  FieldHook,
  PayloadRequest,
} from 'payload'

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
 */
export function hideUnreadableRelations({ relationTo }: { relationTo: CollectionSlug }): FieldHook {
  return async ({ value, req, overrideAccess }): Promise<unknown> => {
    if (overrideAccess === true || !Array.isArray(value) || value.length === 0)
      return value as unknown
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind === 'staff' && requester.roles.includes('admin')) return value as unknown[]
    const ids = idsOf(value)
    const visible = await readableIds({ req, collection: relationTo, ids })
    return (value as unknown[]).filter((item) => {
      const id = relationId(item)
      return id !== null && visible.has(String(id))
    })
  }
}

/** The ids among `ids` that the request's user may read, checked through the Local API. */
async function readableIds({
  req,
  collection,
  ids,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  ids: Array<number | string>
}): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

function idsOf(value: unknown): Array<number | string> {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.map(relationId).filter((id): id is number | string => id !== null)
}
