import type { Payload } from 'payload'

import { flushOnShutdown } from '../../bootstrap/flushOnShutdown'
import { getEnv } from '../../env'
import { statisticsBackend } from '../computeStatistics'
import { provinceDay } from '../period'
import type { PageViewCount } from '../statisticsBackend'
import type { ViewedItem } from './pageViewRequest'

/**
 * Counts one view of an item's page on today's counter, without a database write per request:
 * views are gathered in memory and added to the daily counters (collections/PageViews) in one
 * batch every `PAGE_VIEW_FLUSH_SECONDS`, when Payload is destroyed and when the process is told
 * to stop. Anyone may read the library, so a request loop must not become a write loop on the
 * one SQLite writer; a crash loses at most one period's views. A view of an id that names no
 * item (a 200 cannot answer one, but a race with a deletion can) joins no agency and is never
 * counted in the statistics.
 */
export function countPageView({
  payload,
  item,
  at = new Date(),
}: {
  payload: Payload
  item: ViewedItem
  at?: Date
}): void {
  const state = stateOf({ payload })
  addTo({ pending: state.pending, view: { ...item, day: provinceDay({ at }), count: 1 } })
  state.timer ??= setTimeout(() => {
    state.timer = null
    void flushPageViews({ payload })
  }, getEnv().pageViewFlushMs).unref()
}

/**
 * Adds the gathered views to their counters now, in one batch of upserts (the backend's
 * `addPageViews`). Views that cannot be written are kept for the next flush.
 */
export async function flushPageViews({ payload }: { payload: Payload }): Promise<void> {
  const state = states.get(payload)
  const batch = state ? takePending({ state }) : []
  if (!state || batch.length === 0) return
  try {
    await statisticsBackend({ payload }).addPageViews({ payload, views: batch })
  } catch (error) {
    payload.logger.error({ msg: 'Could not write page views', err: error, counters: batch.length })
    for (const view of batch) addTo({ pending: state.pending, view })
  }
}

type CounterState = {
  pending: Map<string, PageViewCount>
  timer: ReturnType<typeof setTimeout> | null
}

const states = new WeakMap<Payload, CounterState>()

function stateOf({ payload }: { payload: Payload }): CounterState {
  let state = states.get(payload)
  if (state) return state
  state = { pending: new Map(), timer: null }
  states.set(payload, state)
  flushOnShutdown({ payload, flush: () => flushPageViews({ payload }) })
  return state
}

/** Everything gathered so far, leaving the counter empty and its timer stopped. */
function takePending({ state }: { state: CounterState }): PageViewCount[] {
  if (state.timer) clearTimeout(state.timer)
  state.timer = null
  const batch = [...state.pending.values()]
  state.pending = new Map()
  return batch
}

function addTo({
  pending,
  view,
}: {
  pending: Map<string, PageViewCount>
  view: PageViewCount
}): void {
  const key = `${view.collection}:${view.id}:${view.day}`
  const kept = pending.get(key)
  if (kept) kept.count += view.count
  else pending.set(key, { ...view })
}
