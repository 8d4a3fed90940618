import type { Endpoint } from 'payload'

import { slugs } from '../../collections/slugs'
import { NotFoundError } from '../errors/AppError'
import { nullWhenNotFound } from '../errors/notFound'
import { parseRetryParams } from '../syndication/retryParams'
import { HARVEST_FEED_TASK, HARVEST_QUEUE } from './harvestTasks'

/**
 * `POST /api/harvest-feeds/:id/poll[?returnTo=/admin/…]`: polls a feed as soon as the harvest
 * queue runs (within seconds), outside its schedule or back-off — for whoever may manage the
 * feed (read as the requester, access on: another agency's feed is not found). The poll itself
 * is the queue's, so its leases and one-poll-per-feed rule hold. A browser form is sent back to
 * `returnTo` or the feed's page, where its state shows how the poll went.
 */
export const pollNowEndpoint: Endpoint = {
  path: '/:id/poll',
  method: 'post',
  handler: async (req) => {
    const { id, returnTo } = parseRetryParams({
      id: req.routeParams?.id,
      searchParams: req.searchParams,
    })
    const feed =
      id === null || !req.user
        ? null
        : await nullWhenNotFound({
            read: req.payload.findByID({
              collection: slugs.harvestFeeds,
              id,
              depth: 0,
              overrideAccess: false,
              user: req.user,
              req,
            }),
          })
    if (!feed) throw new NotFoundError()
    await req.payload.update({
      collection: slugs.harvestFeeds,
      id: feed.id,
      data: { nextPollAt: new Date().toISOString() },
      depth: 0,
      // The schedule is the harvester's bookkeeping, which no field access opens to anyone.
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: HARVEST_FEED_TASK,
      input: { feedId: String(feed.id) },
      queue: HARVEST_QUEUE,
      req,
    })
    if ((req.headers.get('accept') ?? '').includes('text/html')) {
      return Response.redirect(
        new URL(returnTo ?? `/admin/collections/${slugs.harvestFeeds}/${String(feed.id)}`, req.url),
        303,
      )
    }
    return Response.json({ id: feed.id, queued: true })
  },
}
