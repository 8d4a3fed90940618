import config from '@payload-config'
import { getPayload } from 'payload'

import { outsideTransactions } from '../db/serializeSqliteWrites'
import { getEnv } from '../env'
import { addListenerHook } from '../http/listenerHooks'
import { createResponseCache } from '../http/responseCache'
import { pageCacheHook } from '../library/pageCache'
import { changeLogHead, freshSharedReads } from '../syndication/changeLogHead'

/**
 * Puts the library's page cache (src/library/pageCache.ts) in front of this server's listener,
 * unless `PAGE_CACHE_MB=0`. Its keys carry the change log's head, read from the database on
 * every request (one indexed query, shared by the requests that arrive while it runs).
 */
export async function installPageCache(): Promise<void> {
  const maxBytes = getEnv().pageCacheBytes
  if (maxBytes === 0) return
  const payload = await getPayload({ config })
  const readHead = freshSharedReads({
    read: () => outsideTransactions(() => changeLogHead({ payload })),
  })
  addListenerHook({
    name: 'pageCache',
    hook: pageCacheHook({
      cache: createResponseCache({ maxEntries: 5000, maxBytes }),
      readHead,
      onError: (error) => payload.logger.error({ msg: 'Page cache failed', err: error }),
    }),
  })
}
