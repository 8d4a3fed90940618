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

/**
 * A reader of a value many requests ask for at once, that queries at most once at a time
 * without ever answering from a query that started before the caller asked: callers that ask
 * while a query runs share the next one. So a reader who arrives after a commit always sees
 * it, and a crowd costs one query per query's duration, not one each.
 */
export function freshSharedReads<T>({ read }: { read: () => Promise<T> }): () => Promise<T> {
  let running: Promise<T> | null = null
  let next: Promise<T> | null = null
  const start = (): Promise<T> => {
    const reading = read()
    running = reading
    void reading.then(
      () => (running = running === reading ? null : running),
      () => (running = running === reading ? null : running),
    )
    return reading
  }
  return () => {
    if (!running) return start()
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null
        return start()
      })
    return next
  }
}
