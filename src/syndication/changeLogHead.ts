import type { Payload, PayloadRequest } from 'payload'

import { internalSlugs } from '../../collections/slugs'

/**
 * The id of the newest change-log entry. Every publication, edit, withdrawal or embargo lift
 * that the public can notice appends one in the same transaction as the change, so a cached
 * syndication response keyed by it is fresh until the next such change — in any process, since
 * it is read from the database.
 */
export async function changeLogHead({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<string> {
  const { docs } = await payload.find({
    collection: internalSlugs.syncEvents,
    sort: '-id',
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return String(docs[0]?.id ?? 0)
}
