import type { Endpoint } from 'payload'

import { getEnv } from '../env'
import { requestLanguage, translate } from '../i18n'
import { checkHealth } from './checkHealth'

/**
 * `GET /api/health` → `{ status, db, storage, search, backends }`: 200 when every part is
 * usable, 503 naming the failing part (with a message in the caller's language) otherwise.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth({ payload: req.payload, env: getEnv() })
    const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    const problems = Object.fromEntries(
      Object.entries(report.failures).map(([part, failure]) => {
        req.payload.logger.error({
          msg: `Health check: ${part} is unavailable`,
          err: failure.error,
        })
        return [part, translate({ locale, key: failure.messageKey })]
      }),
    )
    const body = {
      status: report.status,
      db: report.db,
      storage: report.storage,
      search: report.search,
      backends: report.backends,
      ...(report.status === 'ok' ? {} : { problems }),
    }
    return Response.json(body, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
