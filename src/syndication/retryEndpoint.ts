import type { Endpoint } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { ForbiddenError, NotFoundError } from '../errors/AppError'
import { nullWhenNotFound } from '../errors/notFound'
import { SYNDICATION_QUEUE } from './push'
import { parseRetryParams } from './retryParams'

/**
 * `POST /api/deliveries/:id/retry[?returnTo=/admin/…]` (admins): queues a failed delivery
 * again at once, outside its back-off schedule. The delivery id stays the same, so the receiver
 * still sees one push. A browser form is sent back to `returnTo` or the delivery's page.
 */
export const retryDeliveryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasRole({ user: req.user, role: 'admin' })) throw new ForbiddenError()
    const { id, returnTo } = parseRetryParams({
      id: req.routeParams?.id,
      searchParams: req.searchParams,
    })
    const delivery =
      id === null
        ? null
        : await nullWhenNotFound({
            read: req.payload.findByID({
              collection: slugs.deliveries,
              id,
              depth: 0,
              overrideAccess: false,
              user: req.user,
              req,
            }),
          })
    if (!delivery) throw new NotFoundError()
    if (delivery.status !== 'delivered') {
      await req.payload.jobs.queue({
        task: 'deliver-syndication',
        input: { deliveryId: String(delivery.id) },
        queue: SYNDICATION_QUEUE,
        req,
      })
    }
    const accept = req.headers.get('accept') ?? ''
    if (accept.includes('text/html')) {
      return Response.redirect(
        new URL(
          returnTo ?? `/admin/collections/${slugs.deliveries}/${String(delivery.id)}`,
          req.url,
        ),
        303,
      )
    }
    return Response.json({
      id: delivery.id,
      status: delivery.status,
      queued: delivery.status !== 'delivered',
    })
  },
}
