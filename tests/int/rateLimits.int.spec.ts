import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from '../../src/http/clientAddress'
import { limitMessageOf } from '../../src/rateLimits/libraryLimits'
import { startPayload, type TestApp } from '../helpers/startPayload'

/**
 * The abuse limits of src/rateLimits on the real route handlers. Limits are off by default
 * under NODE_ENV=test (other suites make many requests from one in-process "address"); this
 * suite switches them on with small numbers. Each test speaks from addresses of its own,
 * stamped the way this server's listener stamps the connection's peer
 * (src/http/stampPeerAddress.ts), so the tests do not share budgets.
 */
describe('abuse limits on the public doors', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startPayload({
      env: {
        RATE_LIMITS: 'true',
        RATE_LIMIT_STAFF_LOGIN_PER_IP: '5/600',
        RATE_LIMIT_JOURNALIST_LOGIN_PER_IP: '5/600',
        RATE_LIMIT_LOGIN_FREE_FAILURES: '3',
        RATE_LIMIT_LOGIN_DELAY_SECONDS: '4',
        RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS: '4',
        RATE_LIMIT_FORGOT_PASSWORD_PER_IP: '3/600',
        RATE_LIMIT_FORGOT_PASSWORD_PER_ADDRESS: '2/600',
        RATE_LIMIT_REGISTRATION_PER_IP: '3/600',
        RATE_LIMIT_REGISTRATION_PER_ADDRESS: '2/600',
        RATE_LIMIT_SEARCH: '3/600',
        RATE_LIMIT_DOWNLOAD: '2/600',
        RATE_LIMIT_RENDITION: '2/600',
        RATE_LIMIT_SYNDICATION: '3/600',
      },
    })
    markPeerAddressStamped()
  })

  afterAll(async () => {
    await app?.stop()
  })

  const from = (address: string, language = 'vi'): Record<string, string> => ({
    [PEER_ADDRESS_HEADER]: address,
    'Accept-Language': language,
  })

  const login = (args: {
    collection: string
    email: string
    password: string
    address: string
    language?: string
  }): Promise<Response> =>
    app.rest.request('POST', `/${args.collection}/login`, {
      headers: from(args.address, args.language),
      body: { email: args.email, password: args.password },
    })

  async function expectLimited(response: Response, expected: { message: RegExp }): Promise<number> {
    expect(response.status).toBe(429)
    const retryAfter = Number(response.headers.get('Retry-After'))
    expect(Number.isInteger(retryAfter) && retryAfter > 0).toBe(true)
    const body = (await response.json()) as { errors?: Array<{ message: string }> }
    expect(body.errors?.[0]?.message).toMatch(expected.message)
    return retryAfter
  }

  const account = async (collection: string, email: string, password: string): Promise<void> => {
    if (collection === slugs.users) {
      await app.payload.create({
        collection: slugs.users,
        data: { email, password, name: 'Chủ tài khoản', roles: ['contributor'] },
        overrideAccess: true,
      })
    } else {
      await app.payload.create({
        collection: slugs.journalists,
        data: {
          email,
          password,
          name: 'Owner',
          outlet: 'Báo Test',
          country: 'VN',
          _verified: true,
        } as never,
        overrideAccess: true,
      })
    }
  }

  const removeAccount = async (collection: string, email: string): Promise<void> => {
    await app.payload.delete({
      collection: collection as 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  }

  it.each([
    [slugs.users, '198.51.100.10', '198.51.100.11'],
    [slugs.journalists, '198.51.100.20', '198.51.100.21'],
  ])(
    'answers a flood of %s logins from one address with 429, Retry-After and the message in the requester’s language',
    async (collection, attacker, bystander) => {
      // Different addresses each time: this is the limit per client address, not per account.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await login({
          collection,
          email: `khong-co-${attempt}@ttdn.test`,
          password: 'sai-mat-khau-123',
          address: attacker,
        })
        expect(response.status).toBe(401)
      }
      await expectLimited(
        await login({
          collection,
          email: 'khong-co-6@ttdn.test',
          password: 'sai-mat-khau-123',
          address: attacker,
        }),
        { message: /^Quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ (giây|phút) nữa\.$/ },
      )
      await expectLimited(
        await login({
          collection,
          email: 'khong-co-7@ttdn.test',
          password: 'sai-mat-khau-123',
          address: attacker,
          language: 'en',
        }),
        { message: /^Too many requests\. Please try again in \d+ (seconds|minutes)\.$/ },
      )
      // Someone else is not slowed down by the attacker's address.
      const other = await login({
        collection,
        email: 'khong-co-8@ttdn.test',
        password: 'sai-mat-khau-123',
        address: bystander,
      })
      expect(other.status).toBe(401)
    },
  )

  it.each([
    [slugs.users, 'chu.tai.khoan@ttdn.test', '198.51.100.30'],
    [slugs.journalists, 'owner@press.test', '198.51.100.40'],
  ])(
    'makes a %s account wait after failures in a row from other addresses, then lets its owner in (no 15-minute lock)',
    async (collection, email, ownerAddress) => {
      const password = 'mat-khau-chu-tai-khoan-2026'
      await account(collection, email, password)
      try {
        // Three failures from three addresses: under every per-address limit.
        for (const suffix of [1, 2, 3]) {
          const response = await login({
            collection,
            email,
            password: 'doan-sai-mat-khau',
            address: `203.0.113.${suffix}`,
          })
          expect(response.status).toBe(401)
        }
        // The account now waits — for everyone, its owner included, and in their language.
        const retryAfter = await expectLimited(
          await login({ collection, email, password, address: ownerAddress, language: 'en' }),
          { message: /^Too many requests\. Please try again in \d+ seconds?\.$/ },
        )
        expect(retryAfter).toBeLessThanOrEqual(4)
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100))
        const owner = await login({ collection, email, password, address: ownerAddress })
        expect(owner.status).toBe(200)
        // The owner's login cleared the failures: the next mistake is just a mistake.
        const typo = await login({
          collection,
          email,
          password: 'go-nham-mot-lan',
          address: ownerAddress,
        })
        expect(typo.status).toBe(401)
      } finally {
        await removeAccount(collection, email)
      }
    },
  )

  it('limits the library’s login form like the REST login, and leaves the app’s own Local API calls alone', async () => {
    // What the server action passes (src/rateLimits/libraryLimits.ts, onBehalfOfReader): the
    // reader's request headers and the flag; next/headers itself needs a Next.js request.
    const onBehalf = {
      req: { headers: new Headers(from('198.51.100.60')) },
      context: { applyRateLimits: true },
    }
    const formLogin = (email: string) =>
      app.payload.login({
        collection: slugs.journalists,
        data: { email, password: 'sai-mat-khau-123' },
        overrideAccess: false,
        ...onBehalf,
      })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(formLogin(`form-${attempt}@press.test`)).rejects.toMatchObject({ status: 401 })
    }
    const refused = await formLogin('form-5@press.test').then(
      () => null,
      (error: unknown) => error,
    )
    expect(limitMessageOf({ error: refused, lang: 'vi' })).toMatch(
      /^Quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ phút nữa\.$/,
    )
    expect(limitMessageOf({ error: new Error('other'), lang: 'vi' })).toBeNull()
    // The app's own calls (no flag) are never limited.
    await expect(
      app.payload.login({
        collection: slugs.journalists,
        data: { email: 'form-6@press.test', password: 'sai-mat-khau-123' },
        req: { headers: new Headers(from('198.51.100.60')) },
      }),
    ).rejects.toMatchObject({ status: 401 })
  })

  it('refuses a registration flood per address and per e-mail and stores nothing beyond the limit', async () => {
    const register = (email: string, address: string): Promise<Response> =>
      app.rest.request('POST', `/${slugs.journalists}`, {
        headers: from(address, 'en'),
        body: {
          email,
          password: 'mat-khau-dang-ky-2026',
          name: 'Flood',
          outlet: 'Spam Daily',
          country: 'VN',
        },
      })
    const emails = Array.from({ length: 6 }, (_, index) => `flood-${index}@spam.test`)
    try {
      const statuses: number[] = []
      for (const email of emails) statuses.push((await register(email, '192.0.2.50')).status)
      expect(statuses).toEqual([202, 202, 202, 429, 429, 429])
      await expectLimited(await register('flood-9@spam.test', '192.0.2.50'), {
        message: /^Too many requests\./,
      })
      const stored = await app.payload.count({
        collection: slugs.journalists,
        where: { email: { contains: '@spam.test' } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(3)

      // One target address from many client addresses: two tries, then refused.
      const target = 'victim@example.test'
      emails.push(target)
      expect((await register(target, '192.0.2.61')).status).toBe(202)
      // The second try meets an existing account: answered alike (the owner is mailed instead).
      expect((await register(target, '192.0.2.62')).status).toBe(202)
      await expectLimited(await register(target, '192.0.2.63'), { message: /^Too many requests\./ })
    } finally {
      await app.payload.delete({
        collection: slugs.journalists,
        where: { email: { in: emails } },
        overrideAccess: true,
      })
    }
  })

  it('limits forgot-password per client address and per target e-mail', async () => {
    const forgot = (collection: string, email: string, address: string): Promise<Response> =>
      app.rest.request('POST', `/${collection}/forgot-password`, {
        headers: from(address, 'vi'),
        body: { email },
      })
    // Per target address, whichever client asks.
    expect((await forgot(slugs.users, 'ai-do@ttdn.test', '192.0.2.71')).status).toBe(200)
    expect((await forgot(slugs.users, 'ai-do@ttdn.test', '192.0.2.72')).status).toBe(200)
    await expectLimited(await forgot(slugs.users, 'ai-do@ttdn.test', '192.0.2.73'), {
      message: /^Quá nhiều yêu cầu\./,
    })
    // Per client address, whatever address it names.
    for (const index of [1, 2, 3]) {
      const response = await forgot(slugs.journalists, `nguoi-${index}@ttdn.test`, '192.0.2.80')
      expect(response.status).toBe(200)
    }
    await expectLimited(await forgot(slugs.journalists, 'nguoi-4@ttdn.test', '192.0.2.80'), {
      message: /^Quá nhiều yêu cầu\./,
    })
  })

  it.each([
    ['the library search', '/library/search?q=test', 3, [200]],
    ['the library download', '/library/media/999999/download', 2, [404]],
    ['the renditions route', '/media/999999/renditions/thumb.jpg', 2, [403, 404]],
    ['the ninjs sync', '/syndication/ninjs', 3, [200]],
    ['the feeds', '/syndication/rss', 3, [200, 304]],
  ] as const)(
    'limits %s per requester with 429 and Retry-After',
    async (_label, path, allowed, okStatuses) => {
      const address = `192.0.2.${100 + path.length}`
      for (let request = 0; request < allowed; request += 1) {
        const response = await app.rest.request('GET', path, { headers: from(address, 'en') })
        expect(okStatuses as readonly number[]).toContain(response.status)
      }
      await expectLimited(await app.rest.request('GET', path, { headers: from(address, 'en') }), {
        message: /^Too many requests\. Please try again in \d+ minutes\.$/,
      })
      // Another requester still gets in.
      const other = await app.rest.request('GET', path, { headers: from('192.0.2.250', 'en') })
      expect(okStatuses as readonly number[]).toContain(other.status)
    },
  )
})
