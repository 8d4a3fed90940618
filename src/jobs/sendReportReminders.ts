import type { TaskConfig } from 'payload'

import { sendReportReminders } from '../reports/reportDeadlines'

/**
 * Daily at 08:00: {@link sendReportReminders}, the periodic reports' deadline reminders to the
 * agencies' focal points (`REPORT_REMINDER_DAYS` before each deadline). A run that missed its
 * day (the server was down) does not catch up: a reminder belongs to its day.
 */
export function sendReportRemindersTask({
  queue,
}: {
  queue: string
}): TaskConfig<{ input: object; output: { sent: number } }> {
  return {
    slug: 'send-report-reminders',
    label: 'Remind agencies of their periodic report deadlines',
    schedule: [{ cron: '0 0 8 * * *', queue }],
    retries: 2,
    handler: async ({ req }) => {
      const { sent, failed } = await sendReportReminders({ payload: req.payload, now: new Date() })
      if (sent > 0) req.payload.logger.info({ msg: `Reports: ${sent} deadline reminder(s) sent` })
      if (failed > 0)
        throw new Error(`${failed} report reminder(s) could not be sent; the job will retry`)
      return { output: { sent } }
    },
  }
}
