import type { Endpoint } from 'payload'

import { getEnv } from '../env'
import { requestLanguage, translate } from '../i18n'
import { checkHealth, type BackupHealth } from './checkHealth'

/**
 * `GET /api/health` → `{ status, db, storage, search, backends }`: 200 when every part is
 * usable, 503 naming the failing part (with a message in the caller's language) otherwise.
 * With scheduled backups configured it adds `backup` (the last good one's time and age); an
 * old or missing backup makes the status `degraded` with the answer still 200: the node serves
 * well, and a load balancer must not take it out of service because of a backup.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth({ payload: req.payload, env: getEnv() })
    const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    const problems: Record<string, string> = Object.fromEntries(
      Object.entries(report.failures).map(([part, failure]) => {
        req.payload.logger.error({
          msg: `Health check: ${part} is unavailable`,
          err: failure.error,
        })
        return [part, translate({ locale, key: failure.messageKey })]
      }),
    )
    if (report.backup?.messageKey) {
      problems.backup = translate({ locale, key: report.backup.messageKey })
    }
    const body = {
      status: report.status,
      db: report.db,
      storage: report.storage,
      search: report.search,
      backends: report.backends,
      ...(report.backup ? { backup: publicBackupHealth(report.backup) } : {}),
      ...(report.status === 'ok' ? {} : { problems }),
    }
    return Response.json(body, {
      status: report.status === 'error' ? 503 : 200,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}

/** What the answer says of the backups: the message key becomes the translated problem. */
function publicBackupHealth({
  messageKey: _messageKey,
  ...backup
}: BackupHealth): Omit<BackupHealth, 'messageKey'> {
  return backup
}
