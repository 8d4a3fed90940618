import type { TaskConfig } from 'payload'

import type { Env } from '../env'
import { sendDueDigests } from './sendDigests'

/**
 * Every minute: {@link sendDueDigests}, the journalists' alert digests once their daily slot
 * (`ALERT_DIGEST_SCHEDULE` in `ALERT_DIGEST_TIME_ZONE`, 07:00 Ho Chi Minh time by default) has
 * come. Payload's own schedule knows only the server's clock, so the task looks often and the
 * slot, in the province's zone, decides; a look with nothing due costs two indexed queries.
 */
export function sendAlertDigestsTask({
  queue,
  env,
}: {
  queue: string
  env: Env
}): TaskConfig<{ input: object; output: { sent: number } }> {
  return {
    slug: 'send-alert-digests',
    label: 'E-mail the journalists their daily alert digests',
    schedule: [{ cron: '0 * * * * *', queue }],
    retries: 2,
    handler: async ({ req }) => {
      const { sent, failed } = await sendDueDigests({ payload: req.payload, env, now: new Date() })
      if (sent > 0) req.payload.logger.info({ msg: `Alerts: ${sent} digest(s) sent` })
      if (failed > 0) throw new Error(`${failed} alert digest(s) failed; the job will retry`)
      return { output: { sent } }
    },
  }
}
