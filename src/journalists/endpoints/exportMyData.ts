import type { Endpoint } from 'payload'

import { NotSignedInError } from '../../errors/AppError'
import { slugs } from '../../../collections/slugs'

/**
 * `GET /api/journalists/export-my-data`: everything the database holds about the signed-in
 * journalist, as a JSON download (their right of access to personal data). Deleting the account
 * is `DELETE /api/journalists/:id`, which journalists may do for themselves.
 */
export const exportMyDataEndpoint: Endpoint = {
  path: '/export-my-data',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== slugs.journalists) throw new NotSignedInError()
    const account = await req.payload.findByID({
      collection: slugs.journalists,
      id: req.user.id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), account }, null, 2)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="my-data-${String(req.user.id)}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
