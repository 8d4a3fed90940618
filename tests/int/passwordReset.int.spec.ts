import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { startPayload, type TestApp } from '../helpers/startPayload'

/** How long a save may take while a password reset runs in another request. */
const CONCURRENT_WRITE_BUDGET_MS = 2000

/** How long the reset request runs alone before the second writer starts. */
const RESET_HEAD_START_MS = 250

let app: TestApp

beforeAll(async () => {
  app = await startPayload()
})

afterAll(async () => {
  await app?.stop()
})

describe('password reset', () => {
  const staff = { email: 'quen-mat-khau@ttdn.test', password: 'mat-khau-can-bo-cu-12' }
  const journalist = { email: 'reset.reporter@press.example', password: 'mat-khau-phong-vien-cu' }

  beforeAll(async () => {
    await app.payload.create({
      collection: slugs.users,
      data: { ...staff, name: 'Cán bộ quên mật khẩu', roles: ['contributor'] },
    })
    await app.payload.create({
      collection: slugs.journalists,
      data: {
        ...journalist,
        name: 'Reset Reporter',
        outlet: 'Press Example',
        country: 'GB',
        preferredLanguage: 'en',
        accreditationStatus: 'pending',
        _verified: true,
      },
      disableVerificationEmail: true,
    })
  })

  for (const [collection, account, newPassword] of [
    [slugs.users, staff, 'mat-khau-can-bo-moi-2026'],
    [slugs.journalists, journalist, 'mat-khau-phong-vien-moi-2026'],
  ] as const) {
    it(`resets a ${collection} password end to end while another writer saves without waiting`, async () => {
      const mailsBefore = capturedEmails({ to: account.email }).length
      const forgot = app.rest.request('POST', `/${collection}/forgot-password`, {
        body: { email: account.email },
      })
      // A second request saves while the reset runs (once the reset had time to open its
      // transaction); it must not queue behind the reset.
      await new Promise((resolve) => setTimeout(resolve, RESET_HEAD_START_MS))
      const started = Date.now()
      const topic = await withinMs({
        ms: CONCURRENT_WRITE_BUDGET_MS,
        promise: app.payload.create({
          collection: slugs.topics,
          data: { name: `Chủ đề ${collection}`, slug: `chu-de-${collection}-${started}` },
        }),
      })
      expect(Date.now() - started).toBeLessThan(CONCURRENT_WRITE_BUDGET_MS)

      const response = await withinMs({ ms: 10_000, promise: forgot })
      expect(response.status).toBe(200)

      // The mail leaves after the answer: wait for it, then follow the link it carries.
      const mail = await nextMail({ to: account.email, after: mailsBefore })
      const link = RESET_LINKS[collection].exec(mail.html)
      expect(link, mail.html).not.toBeNull()
      expect(mail.subject).toBe(RESET_SUBJECTS[collection])
      const token = new URL(link![0]).pathname.endsWith('/account/reset')
        ? new URL(link![0]).searchParams.get('token')
        : new URL(link![0]).pathname.split('/').at(-1)
      expect(token).toMatch(/^[a-f0-9]{40}$/)

      const reset = await app.rest.request('POST', `/${collection}/reset-password`, {
        body: { token, password: newPassword },
      })
      expect(reset.status).toBe(200)

      await expect(
        app.rest.login({ collection, email: account.email, password: account.password }),
      ).rejects.toThrow(/failed/)
      await expect(
        app.rest.login({ collection, email: account.email, password: newPassword }),
      ).resolves.toEqual(expect.any(String))

      await app.payload.delete({ collection: slugs.topics, id: topic.id })
    })
  }

  it('answers forgot-password before the reset mail goes out, in comparable time for known and unknown addresses', async () => {
    const outgoing = holdOutgoingMail({ app })
    try {
      const mailsBefore = capturedEmails({ to: journalist.email }).length
      // The mail server holds every message: an answer that waited for the mail would not come.
      const known = await withinMs({
        ms: 5000,
        promise: app.rest.request('POST', `/${slugs.journalists}/forgot-password`, {
          body: { email: journalist.email },
        }),
      })
      expect(known.status).toBe(200)
      expect(capturedEmails({ to: journalist.email })).toHaveLength(mailsBefore)
      await until(() => outgoing.held() === 1)
      outgoing.release()
      await nextMail({ to: journalist.email, after: mailsBefore })
    } finally {
      outgoing.restore()
    }

    const timed = async (email: string): Promise<number> => {
      const started = performance.now()
      const response = await app.rest.request('POST', `/${slugs.journalists}/forgot-password`, {
        body: { email },
      })
      expect(response.status).toBe(200)
      return performance.now() - started
    }
    const knownMs: number[] = []
    const unknownMs: number[] = []
    for (let run = 0; run < 7; run += 1) {
      knownMs.push(await timed(journalist.email))
      unknownMs.push(await timed(`nobody-${run}@press.example`))
    }
    // Generous: only a gap like a mail delivery (or a missing one) would show.
    expect(median(knownMs)).toBeLessThan(median(unknownMs) * 3 + 5)
    expect(median(unknownMs)).toBeLessThan(median(knownMs) * 3 + 5)
    await until(() => capturedEmails({ to: journalist.email }).length > 0)
  })

  it('answers a forgot-password request for an unknown address exactly like one for a known address', async () => {
    const known = await app.rest.request('POST', `/${slugs.journalists}/forgot-password`, {
      body: { email: 'reset.reporter@press.example' },
    })
    const unknown = await app.rest.request('POST', `/${slugs.journalists}/forgot-password`, {
      body: { email: 'nobody-here@press.example' },
    })
    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual(await known.json())
    expect(capturedEmails({ to: 'nobody-here@press.example' })).toHaveLength(0)
  })
})

describe('password policy', () => {
  let adminToken: string

  beforeAll(async () => {
    await app.payload.create({
      collection: slugs.users,
      data: {
        email: 'admin-policy@ttdn.test',
        password: 'mat-khau-quan-tri-1',
        name: 'Quản trị',
        roles: ['admin'],
      },
    })
    adminToken = await app.rest.login({
      collection: slugs.users,
      email: 'admin-policy@ttdn.test',
      password: 'mat-khau-quan-tri-1',
    })
  })

  const weak = [
    ['shorter than 12 characters', 'ngan-qua-1', 'at least 12 characters'],
    ['the e-mail’s local part with digits added', 'policy.person-2026', 'e-mail address'],
    ['a common password', 'qwertyuiop123', 'common or leaked'],
  ] as const

  for (const [what, password, message] of weak) {
    it(`refuses a journalist registration whose password is ${what}, in the requester’s language`, async () => {
      const response = await app.rest.request('POST', `/${slugs.journalists}?locale=en`, {
        body: {
          email: 'policy.person@press.example',
          password,
          name: 'Policy Person',
          outlet: 'Press Example',
          country: 'GB',
        },
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect(body.errors[0]?.message).toContain(message)
      const stored = await app.payload.count({
        collection: slugs.journalists,
        where: { email: { equals: 'policy.person@press.example' } },
      })
      expect(stored.totalDocs).toBe(0)
    })
  }

  it('refuses a weak password when staff are created or change their password, in Vietnamese by default', async () => {
    const created = await app.rest.request('POST', `/${slugs.users}`, {
      token: adminToken,
      body: { email: 'yeu@ttdn.test', password: 'password1234', name: 'Yếu', roles: ['viewer'] },
    })
    expect(created.status).toBe(400)
    const body = (await created.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]?.message).toContain('phổ biến')

    const user = await app.payload.create({
      collection: slugs.users,
      data: {
        email: 'doi-mat-khau@ttdn.test',
        password: 'mat-khau-ban-dau-1',
        name: 'Đổi',
        roles: ['viewer'],
      },
    })
    const changed = await app.rest.request('PATCH', `/${slugs.users}/${user.id}`, {
      token: adminToken,
      body: { password: 'doi-mat-khau-2026' },
    })
    expect(changed.status).toBe(400)
    await expect(
      app.rest.login({
        collection: slugs.users,
        email: 'doi-mat-khau@ttdn.test',
        password: 'mat-khau-ban-dau-1',
      }),
    ).resolves.toEqual(expect.any(String))
    await app.payload.delete({ collection: slugs.users, id: user.id })
  })

  it('refuses a weak password on reset-password and keeps the token usable for a good one', async () => {
    const user = await app.payload.create({
      collection: slugs.users,
      data: {
        email: 'dat-lai@ttdn.test',
        password: 'mat-khau-ban-dau-1',
        name: 'Đặt lại',
        roles: ['viewer'],
      },
    })
    const token = await app.payload.forgotPassword({
      collection: slugs.users,
      data: { email: 'dat-lai@ttdn.test' },
      disableEmail: true,
    })
    const weakReset = await app.rest.request('POST', `/${slugs.users}/reset-password`, {
      body: { token, password: 'short-1' },
    })
    expect(weakReset.status).toBe(400)
    const goodReset = await app.rest.request('POST', `/${slugs.users}/reset-password`, {
      body: { token, password: 'mat-khau-moi-du-manh-1' },
    })
    expect(goodReset.status).toBe(200)
    await app.payload.delete({ collection: slugs.users, id: user.id })
  })
})

/** The reset link of each collection's mail: the admin for staff, the library for journalists. */
const RESET_LINKS = {
  [slugs.users]: /http:\/\/127\.0\.0\.1:3000\/admin\/reset\/[a-f0-9]{40}/,
  [slugs.journalists]: /http:\/\/127\.0\.0\.1:3000\/en\/account\/reset\?token=[a-f0-9]{40}/,
} as const

const RESET_SUBJECTS = {
  [slugs.users]: 'Đặt lại mật khẩu của bạn / Reset your password',
  [slugs.journalists]: 'Reset your password',
} as const

/** The first mail to `to` after the first `after` ones, waiting for it to be sent. */
async function nextMail({ to, after }: { to: string; after: number }) {
  await until(() => capturedEmails({ to }).length > after)
  return capturedEmails({ to })[after]!
}

/** Waits until `condition` holds, failing after a few seconds. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Condition not met within 5 s')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Makes the mail adapter hold every message until `release()`: whatever waits for a mail to be
 * sent waits until then. `restore()` puts the adapter back.
 */
function holdOutgoingMail({ app }: { app: TestApp }) {
  const payload = app.payload as unknown as {
    email: { sendEmail: (message: unknown) => Promise<unknown> }
    sendEmail: (message: unknown) => Promise<unknown>
  }
  const adapterSend = payload.email.sendEmail
  const payloadSend = payload.sendEmail
  let held = 0
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const holding =
    (send: (message: unknown) => Promise<unknown>) =>
    async (message: unknown): Promise<unknown> => {
      held += 1
      await released
      return send(message)
    }
  payload.email.sendEmail = holding(adapterSend)
  payload.sendEmail = holding(payloadSend)
  return {
    held: () => held,
    release: () => release(),
    restore: () => {
      release()
      payload.email.sendEmail = adapterSend
      payload.sendEmail = payloadSend
    },
  }
}

/** Fails when `promise` has not settled after `ms`, instead of waiting for the test timeout. */
async function withinMs<T>({ ms, promise }: { ms: number; promise: Promise<T> }): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Still waiting after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
