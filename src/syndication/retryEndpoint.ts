import type { Endpoint } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { SYNDICATION_QUEUE } from './push'

/**
 * `POST /api/deliveries/:id/retry[?returnTo=/admin/…]` (admins): queues a failed delivery
 * again at once, outside its back-off schedule. The delivery id stays the same, so the receiver
 * still sees one push. A browser form is sent back to `returnTo` or the delivery's page.
 */
export const retryDeliveryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasRole({ user: req.user, role: 'admin' }))
      throw translatedError({ req, status: 403, key: 'errors.forbidden' })
    const routeId = req.routeParams?.id
    const id = typeof routeId === 'string' || typeof routeId === 'number' ? String(routeId) : ''
    const delivery = await req.payload
      .findByID({
        collection: slugs.deliveries,
        id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch(() => null)
    if (!delivery) throw translatedError({ req, status: 404, key: 'errors.notFound' })
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
      const returnTo = req.searchParams.get('returnTo') ?? ''
      // Back to the admin page the form was on; only a path inside the admin, never an address.
      const isAdminPath = /^\/admin(\/[\w\-./?=&%]*)?$/.test(returnTo) && !returnTo.includes('//')
      return Response.redirect(
        new URL(
          isAdminPath ? returnTo : `/admin/collections/${slugs.deliveries}/${String(delivery.id)}`,
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
