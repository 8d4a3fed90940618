import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Env } from '../env'
import { recordCapturedEmail } from './outbox'
import { plainHeaders, queueEmail } from './sendEmailTask'

/**
 * E-mail delivery. When `SMTP_URL` is set, `payload.sendEmail` queues the message (the `email`
 * jobs queue, src/email/sendEmailTask.ts) and the jobs runner sends it, retrying while the
 * server is down: a message is stored before the caller goes on, never lost to an outage.
 * Otherwise messages are captured in memory (src/email/outbox.ts) at once and summarised in the
 * log, so development and tests never send mail and read what would have gone out.
 */
export function emailAdapter({ env }: { env: Env }): EmailAdapter {
  if (env.mail.smtpUrl) {
    return ({ payload }) => ({
      name: 'smtp-outbox',
      defaultFromAddress: env.mail.fromAddress,
      defaultFromName: env.mail.fromName,
      sendEmail: async (message: SendEmailOptions) => await queueEmail({ payload, env, message }),
    })
  }
  return ({ payload }) => ({
    name: 'captured',
    defaultFromAddress: env.mail.fromAddress,
    defaultFromName: env.mail.fromName,
    sendEmail: (message: SendEmailOptions) => {
      const email = {
        to: addresses(message.to),
        from: addresses(message.from)[0] ?? env.mail.fromAddress,
        subject: typeof message.subject === 'string' ? message.subject : '',
        text: typeof message.text === 'string' ? message.text : '',
        html: typeof message.html === 'string' ? message.html : '',
        headers: plainHeaders(message.headers) ?? {},
        sentAt: new Date(),
      }
      recordCapturedEmail({ email })
      payload.logger.info({
        msg: `E-mail captured (no SMTP_URL): "${email.subject}" to ${email.to.join(', ')}`,
      })
      return Promise.resolve({ captured: true })
    },
  })
}

function addresses(value: unknown): string[] {
  if (!value) return []
  if (Array.isArray(value)) return value.flatMap(addresses)
  if (typeof value === 'string')
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
  if (typeof value === 'object' && 'address' in value)
    return [String((value as { address: unknown }).address)]
  return []
}
