import type { TaskConfig } from 'payload'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { pollFeed } from './pollFeed'

/** The jobs queue of feed polls: slow portals must not hold up publication or search. */
export const HARVEST_QUEUE = 'harvest'

export const HARVEST_DUE_FEEDS_TASK = 'harvest-due-feeds'
export const HARVEST_FEED_TASK = 'harvest-feed'

/** Most feeds queued by one sweep; the rest are due at the next one, a minute later. */
const FEEDS_PER_SWEEP = 200

/**
 * Every minute, queues a poll of each active feed that is due (in its own queue,
 * {@link HARVEST_QUEUE}). One job per feed, so that one slow or failing portal delays nobody
 * else's, and so that the jobs queue's exclusivity and leases (src/jobs/jobLeases.ts) keep two
 * workers off the same feed.
 */
export function harvestDueFeedsTask({ queue }: { queue: string }): TaskConfig<{
  input: object
  output: { queued: number }
}> {
  return {
    slug: HARVEST_DUE_FEEDS_TASK,
    label: 'Queue the polls of the agency feeds that are due',
    schedule: [{ cron: '30 * * * * *', queue }],
    retries: 1,
    handler: async ({ req }) => {
      const { payload } = req
      const { docs } = await payload.find({
        collection: slugs.harvestFeeds,
        where: {
          and: [
            { isActive: { not_equals: false } },
            {
              or: [
                { nextPollAt: { less_than_equal: new Date().toISOString() } },
                { nextPollAt: { exists: false } },
              ],
            },
          ],
        },
        select: {},
        depth: 0,
        limit: FEEDS_PER_SWEEP,
        sort: 'nextPollAt',
        // The system's sweep over every agency's feeds.
        overrideAccess: true,
      })
      for (const feed of docs) {
        await payload.jobs.queue({
          task: HARVEST_FEED_TASK,
          input: { feedId: String(feed.id) },
          queue: HARVEST_QUEUE,
        })
      }
      return { output: { queued: docs.length } }
    },
  }
}

/**
 * Polls one feed (src/harvest/pollFeed.ts). Never two of the same feed at once, and at most
 * one waiting (`exclusive`, `supersedes`); the poll re-reads the feed and does nothing when
 * another runner already polled it. A failed poll is the feed's state and back-off, not a job
 * retry.
 */
export const harvestFeedTask: TaskConfig<{
  input: { feedId: string }
  output: { created: number; failed: number }
}> = {
  slug: HARVEST_FEED_TASK,
  label: 'Poll one agency feed and draft its new entries',
  inputSchema: [{ name: 'feedId', type: 'text', required: true }],
  outputSchema: [
    { name: 'created', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  retries: 0,
  concurrency: {
    key: ({ input }) => `${HARVEST_FEED_TASK}:${input.feedId}`,
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const feedId = payload.db.defaultIDType === 'number' ? Number(input.feedId) : input.feedId
    const { created, failed } = await pollFeed({ payload, env: getEnv(), feedId })
    return { output: { created, failed } }
  },
}
