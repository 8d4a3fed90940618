import type { CollectionSlug, Payload } from 'payload'

import { flushOnShutdown } from '../../bootstrap/flushOnShutdown'
import { getEnv } from '../../env'
import { incrementServerOwnedCounter } from '../item/patchServerOwnedFields'
import { RecentFetches } from './recentFetches'

/**
 * Counts a download on an item's `downloadCount`, without a database write per request: the
 * same requester taking the same item again within the window (`DOWNLOAD_RECORD_WINDOW_MINUTES`)
 * is not counted again, and counts are gathered in memory and written in one increment per
 * item every `DOWNLOAD_COUNT_FLUSH_SECONDS`, when Payload is destroyed and when the process is
 * told to stop. Anyone may download public files, so a request loop must not become a write
 * loop on the one SQLite writer. A crash loses at most one period's counts.
 */
export function countDownload({
  payload,
  collection,
  id,
  requesterKey,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  /** From src/media/download/downloadRecords.ts `requesterKeyOf`. */
  requesterKey: string
}): void {
  const state = stateOf({ payload })
  const itemKey = `${collection}|${String(id)}`
  if (!state.recent.claim({ key: `${requesterKey}|${itemKey}`, now: Date.now() })) return
  const pending = state.pending.get(itemKey)
  if (pending) pending.count += 1
  else state.pending.set(itemKey, { collection, id, count: 1 })
  state.timer ??= setTimeout(() => {
    state.timer = null
    void flushDownloadCounts({ payload })
  }, getEnv().downloadRecords.countFlushMs).unref()
}

/**
 * Writes the gathered counts now: one increment per item, in one statement per copy (live and
 * latest version; see src/media/item/patchServerOwnedFields.ts), past Payload's hooks on
 * purpose — a download is not an edit. A count that cannot be written is kept for the next flush.
 */
export async function flushDownloadCounts({ payload }: { payload: Payload }): Promise<void> {
  const state = states.get(payload)
  if (!state) return
  if (state.timer) clearTimeout(state.timer)
  state.timer = null
  const batch = [...state.pending.values()]
  state.pending.clear()
  for (const { collection, id, count } of batch) {
    try {
      await incrementServerOwnedCounter({
        payload,
        collection,
        id,
        field: 'downloadCount',
        by: count,
      })
    } catch (error) {
      payload.logger.error({ msg: 'Could not write download counts', err: error, collection, id })
      const pending = state.pending.get(`${collection}|${String(id)}`)
      if (pending) pending.count += count
      else state.pending.set(`${collection}|${String(id)}`, { collection, id, count })
    }
  }
}

type PendingCount = { collection: CollectionSlug; id: number | string; count: number }

type CountState = {
  pending: Map<string, PendingCount>
  recent: RecentFetches
  timer: ReturnType<typeof setTimeout> | null
}

const states = new WeakMap<Payload, CountState>()

function stateOf({ payload }: { payload: Payload }): CountState {
  let state = states.get(payload)
  if (state) return state
  state = {
    pending: new Map(),
    recent: new RecentFetches({ windowMs: getEnv().downloadRecords.windowMs }),
    timer: null,
  }
  states.set(payload, state)
  flushOnShutdown({ payload, flush: () => flushDownloadCounts({ payload }) })
  return state
}
