import { executeAccess, type CollectionSlug, type PayloadRequest } from 'payload'

/**
 * Whether the requester may read at least some documents of `collection`: runs the collection's
 * own `access.read` (the rule in `src/access/`), as Payload's permission check does, so an
 * admin panel can show less instead of asking the Local API and being refused with a Forbidden.
 */
export async function mayReadCollection({
  req,
  collection,
}: {
  req: PayloadRequest
  collection: CollectionSlug
}): Promise<boolean> {
  const collectionConfig = req.payload.collections[collection]?.config
  if (!collectionConfig) return false
  const constraint = await executeAccess(
    { collectionConfig, disableErrors: true, req },
    collectionConfig.access.read,
  )
  // `true` or a query (some documents): either way there is something the requester may read.
  return Boolean(constraint)
}
