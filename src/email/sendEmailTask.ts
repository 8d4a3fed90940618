import { randomUUID } from 'node:crypto'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import {
  JobCancelledError,
  type EmailAdapter,
  type Payload,
  type SendEmailOptions,
  type TaskConfig,
} from 'payload'

import type { Env } from '../env'

/** The jobs queue of outgoing mail: a queue of its own, so a backlog of pushes never delays it. */
export const EMAIL_QUEUE = 'email'

export const SEND_EMAIL_TASK = 'send-email'

/** A message as it waits in the queue: plain JSON, with the Message-ID every attempt reuses. */
export type QueuedEmail = {
  to: unknown
  cc?: unknown
  bcc?: unknown
  replyTo?: unknown
  from: string
  subject: string
  text?: string
  html?: string
  /** Extra header lines, such as `List-Unsubscribe` on an alert digest. */
  headers?: Record<string, string>
  messageId: string
  /** When it was queued (ISO): the message is given up `MAIL_MAX_AGE_HOURS` after. */
  queuedAt: string
}

/**
 * Queues `message` for the SMTP server and returns the job's id: the message is in the database
 * before this returns, so an SMTP outage or a crash cannot lose it. Called by the e-mail adapter
 * (src/email/index.ts) for every `payload.sendEmail`; inside a write transaction the job is part
 * of it, so a save that rolls back sends nothing.
 */
export async function queueEmail({
  payload,
  env,
  message,
}: {
  payload: Payload
  env: Env
  message: SendEmailOptions
}): Promise<{ queued: number | string; messageId: string }> {
  const fromDomain = env.mail.fromAddress.split('@')[1] ?? 'localhost'
  const queued: QueuedEmail = {
    to: message.to,
    ...(message.cc ? { cc: message.cc } : {}),
    ...(message.bcc ? { bcc: message.bcc } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    from:
      typeof message.from === 'string' && message.from !== ''
        ? message.from
        : `"${env.mail.fromName}" <${env.mail.fromAddress}>`,
    subject: typeof message.subject === 'string' ? message.subject : '',
    ...(typeof message.text === 'string' ? { text: message.text } : {}),
    ...(typeof message.html === 'string' ? { html: message.html } : {}),
    ...(plainHeaders(message.headers) ? { headers: plainHeaders(message.headers) } : {}),
    messageId: `<${randomUUID()}@${fromDomain}>`,
    queuedAt: new Date().toISOString(),
  }
  const job = await payload.jobs.queue({
    task: SEND_EMAIL_TASK,
    queue: EMAIL_QUEUE,
    input: { message: queued },
  })
  return { queued: job.id, messageId: queued.messageId }
}

/**
 * Sends one queued message through `SMTP_URL`. While the server cannot be reached or refuses the
 * message, the job fails and Payload tries it again every `MAIL_RETRY_SECONDS`; once the message
 * is older than `MAIL_MAX_AGE_HOURS` it is given up: an error in the log naming the recipients
 * and the subject, and the job left failed (`hasError`, with the reason) for whoever looks. A
 * fixed wait rather than a growing one: after an outage of hours the mail still leaves within a
 * minute of the server's return, which matters for links that expire.
 *
 * Delivery is at least once: if the process dies after the server took the message and before
 * the job is marked done, the job runs again (src/jobs/jobLeases.ts) and sends it again, with
 * the same Message-ID, by which mail systems recognise a repeat.
 */
export function sendEmailTask({ env }: { env: Env }): TaskConfig<{
  input: { message: QueuedEmail }
  output: { messageId: string }
}> {
  const { retryMs, maxAgeMs } = env.mail.outbox
  return {
    slug: SEND_EMAIL_TASK,
    label: 'Send an e-mail',
    inputSchema: [{ name: 'message', type: 'json', required: true }],
    outputSchema: [{ name: 'messageId', type: 'text', required: true }],
    // The age decides when to give up; the count only has to outlast it.
    retries: {
      attempts: Math.ceil(maxAgeMs / retryMs) + 1,
      backoff: { type: 'fixed', delay: retryMs },
    },
    handler: async ({ input, req }) => {
      const { message } = input
      try {
        const adapter = await smtpAdapter({ env })
        await adapter({ payload: req.payload }).sendEmail({
          ...(message as unknown as SendEmailOptions),
          messageId: message.messageId,
        })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        const what = `e-mail "${message.subject}" ${message.messageId}`
        if (Date.now() - Date.parse(message.queuedAt) >= maxAgeMs) {
          req.payload.logger.error({
            msg: `E-mail: gave up ${what}, queued ${message.queuedAt}, never accepted by the SMTP server: ${reason}`,
          })
          // Payload's way to end a job for good, whatever retries are left.
          throw new JobCancelledError(`Not sent within MAIL_MAX_AGE_HOURS: ${reason}`)
        }
        req.payload.logger.warn({ msg: `E-mail: ${what} not sent yet, will retry: ${reason}` })
        throw error
      }
      return { output: { messageId: message.messageId } }
    },
  }
}

/**
 * The headers of `headers` that are plain name–value pairs (what the queue can store as JSON),
 * or undefined when there are none.
 */
export function plainHeaders(
  headers: SendEmailOptions['headers'],
): Record<string, string> | undefined {
  if (!headers || Array.isArray(headers) || typeof headers !== 'object') return undefined
  const entries = Object.entries(headers).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  )
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

let adapterPromise: Promise<EmailAdapter> | null = null

/** The one SMTP client of this process, built on first use (no connection is made until then). */
async function smtpAdapter({ env }: { env: Env }): Promise<EmailAdapter> {
  adapterPromise ??= nodemailerAdapter({
    defaultFromAddress: env.mail.fromAddress,
    defaultFromName: env.mail.fromName,
    transportOptions: {
      url: env.mail.smtpUrl,
      // An unreachable server fails the attempt quickly; the queue retries it.
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: 6 * SMTP_TIMEOUT_MS,
    } as never,
    // Checked by sending: a check at start would only log, and the server may be down then.
    skipVerify: true,
  }) as unknown as Promise<EmailAdapter>
  return await adapterPromise
}

const SMTP_TIMEOUT_MS = 10_000
