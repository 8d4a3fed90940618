import type { CollectionSlug, Payload } from 'payload'

import { incrementServerOwnedCounter } from './patchServerOwnedFields'

/**
 * Adds one to an item's `downloadCount`, in one statement on the database per copy, so
 * simultaneous downloads are all counted. It goes past Payload's hooks on purpose: a download is
 * not an edit — no version, no audit entry of an update, no change to syndicate. The count goes
 * to the latest version as well as the live item: Payload starts the next save from the latest
 * version, so a count kept on the live item only went back to that version's at the next
 * editorial save.
 */
export async function incrementDownloadCount({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
}): Promise<void> {
  await incrementServerOwnedCounter({ payload, collection, id, field: 'downloadCount' })
}
