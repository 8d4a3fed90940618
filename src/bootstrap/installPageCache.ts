import config from '@payload-config'
import { getPayload } from 'payload'

import { outsideTransactions } from '../db/serializeSqliteWrites'
import { getEnv } from '../env'
import { addListenerHook } from '../http/listenerHooks'
import { createResponseCache } from '../http/responseCache'
import { pageCacheHook } from '../library/pageCache'
import { SEARCH_QUEUE } from '../search/sync/searchTasks'
import { changeLogHead, freshSharedReads } from '../syndication/changeLogHead'

/**
 * Puts the library's page cache (src/library/pageCache.ts) in front of this server's listener,
 * unless `PAGE_CACHE_MB=0`. Its keys carry the change log's head, read from the database on
 * every request (one indexed query, shared by the requests that arrive while it runs); on a miss,
 * the search sync jobs still queued say whether the render may be kept.
 */
export async function installPageCache(): Promise<void> {
  const maxBytes = getEnv().pageCacheBytes
  if (maxBytes === 0) return
  const payload = await getPayload({ config })
  const readHead = freshSharedReads({
    read: () => outsideTransactions(() => changeLogHead({ payload })),
  })
  // Search sync jobs still to run: the lists on the pages come from the index they update.
  const isCatchingUp = freshSharedReads({
    read: () =>
      outsideTransactions(async () => {
        const { totalDocs } = await payload.count({
          collection: 'payload-jobs',
          where: {
            and: [
              { queue: { equals: SEARCH_QUEUE } },
              { completedAt: { exists: false } },
              { or: [{ hasError: { equals: false } }, { hasError: { exists: false } }] },
            ],
          },
          overrideAccess: true,
        })
        return totalDocs > 0
      }),
  })
  addListenerHook({
    name: 'pageCache',
    hook: pageCacheHook({
      cache: createResponseCache({ maxEntries: 5000, maxBytes }),
      readHead,
      isCatchingUp,
      onError: (error) => payload.logger.error({ msg: 'Page cache failed', err: error }),
    }),
  })
}
