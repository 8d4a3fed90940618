import type { CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'

/**
 * `afterDelete` of articles: a deleted article that was harvested from a feed entry leaves a
 * record of that entry (collections/HarvestDismissals), in the deletion's transaction, so the
 * harvester does not make the entry a draft again while the portal's feed still lists it.
 */
export const rememberDismissedEntry: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordDismissal({ doc: doc as Record<string, unknown>, req })
}

async function recordDismissal({
  doc,
  req,
}: {
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<void> {
  const article = doc as { harvestedEntryId?: unknown; title?: unknown; agency?: unknown }
  const entryKey = article.harvestedEntryId
  const agency = relationId(article.agency)
  if (typeof entryKey !== 'string' || entryKey === '' || agency === null) return
  const { totalDocs } = await req.payload.count({
    collection: slugs.harvestDismissals,
    where: { entryKey: { equals: entryKey } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  const feedId = entryKey.slice(0, entryKey.indexOf(':'))
  const feed = await req.payload.findByID({
    collection: slugs.harvestFeeds,
    id: feedId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: slugs.harvestDismissals,
    data: {
      entryKey,
      title: typeof article.title === 'string' ? article.title : null,
      feed: feed?.id ?? null,
      agency: agency as number,
      deletedBy: req.user?.collection === slugs.users ? req.user.id : null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
