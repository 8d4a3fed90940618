import { createServer } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { EMAIL_QUEUE, SEND_EMAIL_TASK } from '../../src/email/sendEmailTask'
import { startPayload, type TestApp } from '../helpers/startPayload'

type Received = { to: string[]; subject: string; messageId: string }

const RETRY_SECONDS = 0.5

describe('mail goes through an outbox that survives an SMTP outage', () => {
  let app: TestApp
  let port: number
  let smtp: SMTPServer | null = null
  const received: Received[] = []

  async function smtpUp(): Promise<void> {
    if (smtp) return
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            received.push({
              to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap(
                (address) => address.value.map((entry) => entry.address ?? ''),
              ),
              subject: parsed.subject ?? '',
              messageId: parsed.messageId ?? '',
            })
            callback()
          })
          .catch((error: unknown) => callback(error as Error))
      },
    })
    await new Promise<void>((resolve) => smtp!.listen(port, '127.0.0.1', resolve))
  }

  async function smtpDown(): Promise<void> {
    const server = smtp
    smtp = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  type MailJob = { id: number; hasError?: boolean; error?: { message?: string } | null }

  async function mailJobs(): Promise<MailJob[]> {
    const { docs } = await app.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: SEND_EMAIL_TASK } },
      pagination: false,
      depth: 0,
    })
    return docs as unknown as MailJob[]
  }

  /** Runs the mail queue once the retry wait has passed, as the jobs runner would. */
  async function runMailQueue(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, RETRY_SECONDS * 1000 + 100))
    await app.payload.jobs.run({ queue: EMAIL_QUEUE })
  }

  beforeAll(async () => {
    port = await freePort()
    app = await startPayload({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_RETRY_SECONDS: String(RETRY_SECONDS),
        MAIL_MAX_AGE_HOURS: '1',
      },
    })
  })

  afterAll(async () => {
    await smtpDown()
    await app?.stop()
  })

  it('keeps a message while the SMTP server is down and sends it once when it is back', async () => {
    // Sending returns at once, the server being down: the message waits in the queue.
    await app.payload.sendEmail({
      to: 'phong-vien@example.org',
      subject: 'Thư khi máy chủ thư ngừng',
      html: '<p>Xin chào</p>',
    })
    await runMailQueue()
    await runMailQueue()
    expect(received).toEqual([])
    expect(await mailJobs()).toMatchObject([{ hasError: false }])

    await smtpUp()
    await runMailQueue()
    await runMailQueue()
    expect(received).toMatchObject([
      { to: ['phong-vien@example.org'], subject: 'Thư khi máy chủ thư ngừng' },
    ])
    expect(received[0]!.messageId).toMatch(/^<[0-9a-f-]+@127\.0\.0\.1>$/)
    expect(await mailJobs()).toEqual([])
  })

  it('queues the password-reset link that leaves after the answer, and sends it', async () => {
    await smtpUp()
    const email = 'quen.mat.khau@press.example'
    await app.payload.create({
      collection: slugs.journalists,
      data: {
        email,
        password: 'mat-khau-phong-vien-cu',
        name: 'Forgetful Reporter',
        outlet: 'Press Example',
        country: 'FR',
        preferredLanguage: 'fr',
        accreditationStatus: 'pending',
        _verified: true,
      },
      disableVerificationEmail: true,
    })
    for (let round = 0; round < 5; round += 1) {
      const before = received.filter((mail) => mail.to.includes(email)).length
      const response = await app.rest.request('POST', `/${slugs.journalists}/forgot-password`, {
        body: { email },
      })
      expect(response.status).toBe(200)
      // The mail is queued after the answer, in the request's wake: wait for its job.
      const deadline = Date.now() + 5000
      while (Date.now() < deadline && (await mailJobs()).length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      await app.payload.jobs.run({ queue: EMAIL_QUEUE })
      expect(received.filter((mail) => mail.to.includes(email)).length, `round ${round}`).toBe(
        before + 1,
      )
    }
    await smtpDown()
  })

  it('gives a message up, loudly, once it is older than MAIL_MAX_AGE_HOURS', async () => {
    await smtpDown()
    await app.payload.sendEmail({ to: 'ai-do@example.org', subject: 'Quá hạn', text: 'x' })
    const [job] = await mailJobs()
    const { docs } = await app.payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: job!.id } },
      depth: 0,
    })
    const input = (docs[0] as unknown as { input: { message: Record<string, unknown> } }).input
    // Queued two hours ago: past the one-hour limit.
    input.message.queuedAt = new Date(Date.now() - 2 * 3_600_000).toISOString()
    await app.payload.db.updateJobs({ id: job!.id, data: { input }, req: {} })
    await runMailQueue()
    const [failed] = await mailJobs()
    expect(failed).toMatchObject({ hasError: true })
    expect(failed!.error?.message).toMatch(/MAIL_MAX_AGE_HOURS/)
    // Given up for good: the server's return sends nothing more.
    await smtpUp()
    await runMailQueue()
    expect(received.map((mail) => mail.subject)).not.toContain('Quá hạn')
  })
})

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
