import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import type { Env } from '../env'
import type { HarvestFeed } from '../payload-types'
import { actingUserFor } from './actingUser'
import { createEntryDraft } from './createEntryDraft'
import { parseFeedEntries, type FeedEntry } from './feedEntries'
import type { PollOutcome } from './feedState'
import { harvestAddressPolicy } from './feedUrl'
import { guardedGet } from './guardedGet'
import { harvestedEntryKey } from './harvestedEntryField'
import { nextPollAt } from './pollSchedule'

/** What one poll of a feed did. */
export type PollResult = {
  outcome: PollOutcome | 'skipped'
  /** Drafts made from new entries. */
  created: number
  /** New entries that could not be saved (each logged); tried again at the next poll. */
  failed: number
}

/** The feed as the harvester reads it. */
type FeedRecord = HarvestFeed

const FEED_TYPES =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1'

/**
 * Polls one agency feed, if it is active and due (or `force`): fetches it with the address
 * guards and caps, sending back the `ETag` and `Last-Modified` it was last given (a 304 costs
 * nothing more); makes each entry it has not seen — by entry id, within this feed — a draft of
 * the agency, at most `HARVEST_MAX_ENTRIES_PER_POLL` a poll; and records how it went and when
 * to poll next: one interval on, or, after a failure, a back-off that doubles with each failure
 * in a row (src/harvest/pollSchedule.ts). A failure is the feed's state, not the job's: it is
 * recorded and the poll resolves.
 *
 * Safe to repeat, and two pollers of one feed cannot make a duplicate: the entry's key is
 * unique among articles, so the second save of an entry fails and is counted as seen.
 */
export async function pollFeed({
  payload,
  env,
  feedId,
  now = new Date(),
  force = false,
}: {
  payload: Payload
  env: Env
  feedId: number | string
  now?: Date
  force?: boolean
}): Promise<PollResult> {
  const feed: FeedRecord | null = await payload.findByID({
    collection: slugs.harvestFeeds,
    id: feedId,
    depth: 0,
    disableErrors: true,
    // The harvester's own bookkeeping: the feed's state fields are written by nobody else.
    overrideAccess: true,
  })
  if (!feed || feed.isActive === false) return { outcome: 'skipped', created: 0, failed: 0 }
  const isDue = !feed.nextPollAt || new Date(feed.nextPollAt).getTime() <= now.getTime()
  if (!isDue && !force) return { outcome: 'skipped', created: 0, failed: 0 }
  try {
    const result = await harvest({ payload, env, feed })
    await recordPoll({ payload, env, feed, now, state: result.state })
    return { outcome: result.state.lastStatus, created: result.created, failed: result.failed }
  } catch (error) {
    payload.logger.warn({ msg: `Harvest: feed ${String(feed.id)} failed`, err: error })
    const failures = (feed.consecutiveFailures ?? 0) + 1
    await recordPoll({
      payload,
      env,
      feed,
      now,
      state: {
        lastStatus: 'error',
        consecutiveFailures: failures,
        lastError: String((error as Error)?.message ?? error).slice(0, 2000),
      },
    })
    return { outcome: 'error', created: 0, failed: 0 }
  }
}

type PollState = {
  lastStatus: PollOutcome
  consecutiveFailures: number
  lastError: string | null
  etag?: string | null
  lastModified?: string | null
}

async function harvest({
  payload,
  env,
  feed,
}: {
  payload: Payload
  env: Env
  feed: FeedRecord
}): Promise<{ state: PollState; created: number; failed: number }> {
  const user = await actingUserFor({ payload, feed })
  const answer = await guardedGet({
    url: feed.url,
    policy: harvestAddressPolicy({ harvest: env.harvest }),
    maxBytes: env.harvest.maxFeedBytes,
    timeoutMs: env.harvest.timeoutMs,
    accept: FEED_TYPES,
    etag: feed.etag,
    lastModified: feed.lastModified,
  })
  if (answer.status === 'not-modified') {
    return {
      state: { lastStatus: 'not-modified', consecutiveFailures: 0, lastError: null },
      created: 0,
      failed: 0,
    }
  }
  const parsed = parseFeedEntries({ text: answer.body.toString('utf8'), feedUrl: answer.url })
  const unseen = await unseenEntries({ payload, feedId: feed.id, entries: parsed.entries })
  const taken = unseen.slice(0, env.harvest.maxEntriesPerPoll)
  const defaults = {
    feedId: feed.id,
    agencyId: relationId(feed.agency)!,
    accessTier: feed.accessTier,
    topicIds: (feed.topics ?? []).map(relationId).filter((id) => id !== null),
    sourceTitle: parsed.title || new URL(answer.url).hostname,
  }
  let created = 0
  let failed = 0
  const errors: string[] = []
  for (const { entry, key } of taken) {
    try {
      await createEntryDraft({ payload, env, user, entry, entryKey: key, defaults })
      created += 1
    } catch (error) {
      // Another poller saved it first: the unique key refused the duplicate.
      if (await isHarvested({ payload, key })) continue
      failed += 1
      errors.push(`${entry.id.slice(0, 200)}: ${String((error as Error)?.message ?? error)}`)
      payload.logger.warn({
        msg: `Harvest: entry ${entry.id.slice(0, 200)} of feed ${String(feed.id)} was not saved`,
        err: error,
      })
    }
  }
  // Entries left for the next poll, or failed ones, must come back even if the feed does not
  // change: the validators are kept only when everything new was taken.
  const isComplete = taken.length === unseen.length && failed === 0
  return {
    state: {
      lastStatus: 'ok',
      consecutiveFailures: 0,
      lastError: errors.length > 0 ? errors.join('\n').slice(0, 2000) : null,
      etag: isComplete ? answer.etag : null,
      lastModified: isComplete ? answer.lastModified : null,
    },
    created,
    failed,
  }
}

/**
 * The entries of the feed no article was harvested from yet, and none deleted after it was, in
 * the feed's order.
 */
async function unseenEntries({
  payload,
  feedId,
  entries,
}: {
  payload: Payload
  feedId: number | string
  entries: FeedEntry[]
}): Promise<Array<{ entry: FeedEntry; key: string }>> {
  const keyed = entries.map((entry) => ({
    entry,
    key: harvestedEntryKey({ feedId, entryId: entry.id }),
  }))
  if (keyed.length === 0) return []
  const { docs } = await payload.find({
    collection: slugs.articles,
    where: { harvestedEntryId: { in: keyed.map(({ key }) => key) } },
    select: { harvestedEntryId: true },
    depth: 0,
    pagination: false,
    // Whoever may read them: an entry already harvested is seen, whatever became of its draft.
    overrideAccess: true,
  })
  // And entries whose draft was deleted (src/harvest/rememberDismissedEntry.ts).
  const { docs: dismissed } = await payload.find({
    collection: slugs.harvestDismissals,
    where: { entryKey: { in: keyed.map(({ key }) => key) } },
    select: { entryKey: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const seen = new Set([
    ...docs.map((doc) => (doc as { harvestedEntryId?: string }).harvestedEntryId),
    ...dismissed.map((doc) => doc.entryKey),
  ])
  const unique = new Map(keyed.filter(({ key }) => !seen.has(key)).map((each) => [each.key, each]))
  return [...unique.values()]
}

async function isHarvested({ payload, key }: { payload: Payload; key: string }): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: slugs.articles,
    where: { harvestedEntryId: { equals: key } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function recordPoll({
  payload,
  env,
  feed,
  now,
  state,
}: {
  payload: Payload
  env: Env
  feed: FeedRecord
  now: Date
  state: PollState
}): Promise<void> {
  await payload.update({
    collection: slugs.harvestFeeds,
    id: feed.id,
    depth: 0,
    data: {
      ...state,
      lastPolledAt: now.toISOString(),
      nextPollAt: nextPollAt({
        now,
        intervalMinutes: feed.pollIntervalMinutes,
        consecutiveFailures: state.consecutiveFailures,
        maxBackoffMs: env.harvest.maxBackoffMs,
      }).toISOString(),
    },
    // The state fields are written by the harvester only (no field access lets anyone else).
    overrideAccess: true,
  })
}
