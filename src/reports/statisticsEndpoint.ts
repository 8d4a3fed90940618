import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { ForbiddenError, NotSignedInError } from '../errors/AppError'
import { computeStatistics } from './computeStatistics'
import { parseStatisticsParams } from './statisticsParams'

/**
 * `GET /api/reports/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD[&agency=<code>]`: the statistics
 * of the period as JSON (src/reports/statisticsTypes.ts), for staff — department managers and
 * admins for every agency, other staff for their own. 401 without a session, 403 for anyone
 * else or another agency, 400 (translated) for a bad parameter.
 */
export const statisticsEndpoint: Endpoint = {
  path: '/reports/statistics',
  method: 'get',
  handler: async (req) => {
    // Who asks comes before what they ask: a stranger learns nothing from a 400.
    if (!req.user) throw new NotSignedInError()
    if (!isStaffUser(req.user)) throw new ForbiddenError()
    const params = parseStatisticsParams({
      from: req.searchParams.get('from'),
      to: req.searchParams.get('to'),
      agency: req.searchParams.get('agency'),
    })
    const statistics = await computeStatistics({ payload: req.payload, req, ...params })
    return Response.json(statistics, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
