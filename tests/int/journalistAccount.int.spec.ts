import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from '../../src/http/clientAddress'
import { libraryTranslator } from '../../src/i18n'
import { createAgency, signInJournalist, signInStaffPerRole } from '../helpers/accounts'
import { plainJpeg } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

// The library's server actions read the request through next/headers and end with a redirect;
// here they get the test's request headers and a redirect that throws the way Next.js's does.
const request = vi.hoisted(() => ({ headers: new Headers() }))
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () => Promise.resolve({ delete: () => undefined, set: () => undefined }),
}))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`)
  },
}))

const en = libraryTranslator('en')

/**
 * The journalist's account in the library (issue 18, item 9): what the login and the
 * "send the link again" forms tell — and do not tell — about an address, under the
 * forgot-password limits; a refused registration keeps what was typed; the accreditation
 * request's press card scan is private; "download again" re-issues a download under today's
 * rules and records it.
 */
describe('the journalist’s account', () => {
  let app: TestApp
  let agencyId: number
  let tokens: Record<string, string>
  const password = 'mat-khau-tai-khoan-2026'
  const waiting = 'waiting.reporter@press.example'
  const confirmed = 'confirmed.reporter@press.example'

  const form = (fields: Record<string, string>): FormData => {
    const data = new FormData()
    for (const [name, value] of Object.entries({ lang: 'en', ...fields })) data.set(name, value)
    return data
  }

  /** The server actions speak from this client address (its own budget per test). */
  const speakFrom = (address: string): void => {
    request.headers = new Headers({ [PEER_ADDRESS_HEADER]: address })
  }

  beforeAll(async () => {
    app = await startPayload({
      env: {
        RATE_LIMITS: 'true',
        RATE_LIMIT_FORGOT_PASSWORD_PER_IP: '50/600',
        RATE_LIMIT_FORGOT_PASSWORD_PER_ADDRESS: '2/600',
        RATE_LIMIT_JOURNALIST_LOGIN_PER_IP: '100/600',
        RATE_LIMIT_LOGIN_FREE_FAILURES: '50',
      },
    })
    markPeerAddressStamped()
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    ;({ tokens } = await signInStaffPerRole({
      app,
      roles: ['admin', 'press-officer', 'viewer'],
      agency: agencyId,
    }))
    for (const [email, isVerified] of [
      [waiting, false],
      [confirmed, true],
    ] as const) {
      await app.payload.create({
        collection: slugs.journalists,
        data: {
          email,
          password,
          name: 'Reporter',
          outlet: 'Press Example',
          country: 'AU',
          preferredLanguage: 'en',
          accreditationStatus: 'pending',
          _verified: isVerified,
        },
        disableVerificationEmail: true,
      })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('says “not confirmed yet” only to someone who gave the account’s right password', async () => {
    speakFrom('203.0.113.10')
    const { login } = await import('../../src/library/accountActions')
    const wrongPassword = await login({}, form({ email: waiting, password: 'not-the-password-1' }))
    const unknown = await login({}, form({ email: 'nobody@press.example', password }))
    expect(wrongPassword).toEqual({ error: en('account.loginFailed'), values: { email: waiting } })
    expect(unknown.error).toBe(en('account.loginFailed'))
    expect(unknown.unverifiedEmail).toBeUndefined()

    const rightPassword = await login({}, form({ email: waiting, password }))
    expect(rightPassword).toEqual({
      error: en('account.notVerified'),
      values: { email: waiting },
      unverifiedEmail: waiting,
    })
    expect(en('account.notVerified')).not.toBe(en('account.loginFailed'))
  })

  it('sends the confirmation link again to an account waiting for it, answering every address alike', async () => {
    speakFrom('203.0.113.11')
    const { resendVerification } = await import('../../src/library/accountActions')
    const before = capturedEmails().length
    const answers = await Promise.all(
      [waiting, confirmed, 'nobody.else@press.example'].map(async (email) => ({
        email,
        state: await resendVerification({}, form({ email })),
      })),
    )
    for (const { email, state } of answers) {
      expect(state).toEqual({ done: en('account.resendSent', { email }) })
    }

    await vi.waitFor(() => expect(capturedEmails({ to: waiting })).toHaveLength(1))
    expect(capturedEmails().length - before).toBe(1)
    const account = await app.payload.db.findOne<{ id: number; _verificationToken: string }>({
      collection: slugs.journalists,
      where: { email: { equals: waiting } },
    })
    // The link mailed before still works: the same token, on the library's page, in English.
    expect(capturedEmails({ to: waiting })[0]?.html).toContain(
      `/en/account/verify?token=${account!._verificationToken}`,
    )
  })

  it('holds “send the link again” to the forgot-password limit, the same for every address', async () => {
    speakFrom('203.0.113.12')
    const { resendVerification, requestPasswordReset } = await import(
      '../../src/library/accountActions'
    )
    const limited = async (email: string): Promise<string | undefined> => {
      // One reset request and one resend share the address's budget of two.
      await requestPasswordReset({}, form({ email }))
      expect((await resendVerification({}, form({ email }))).done).toBeDefined()
      const third = await resendVerification({}, form({ email }))
      expect(third.done).toBeUndefined()
      expect(third.values).toEqual({ email })
      return third.error
    }
    await signInJournalist({ app, email: 'limited.reporter@press.example', password })
    const known = await limited('limited.reporter@press.example')
    const unknown = await limited('nobody.third@press.example')
    expect(known).toMatch(/Too many requests/)
    expect(unknown?.replace(/\d+/g, 'N')).toBe(known?.replace(/\d+/g, 'N'))
  })

  it('keeps what was typed in a refused registration form, never the password', async () => {
    speakFrom('203.0.113.13')
    const { register } = await import('../../src/library/accountActions')
    const typed = {
      name: '山田 花子',
      email: 'not-an-address',
      outlet: 'Nikkei Asia',
      country: 'JP',
      pressCardNumber: 'JP-123',
    }
    const state = await register({}, form({ ...typed, password: 'short' }))
    expect(state.fieldErrors?.email).toBe(en('account.invalidEmail'))
    expect(state.fieldErrors?.password).toBeTruthy()
    expect(state.values).toEqual(typed)
  })

  describe('the accreditation request and its private press card scan', () => {
    const requestAccreditation = async ({
      token,
      purpose,
      file,
    }: {
      token?: string
      purpose: string
      file?: { bytes: Uint8Array; type: string; name: string }
    }): Promise<Response> => {
      const body = new FormData()
      body.set('lang', 'ja')
      body.set('purpose', purpose)
      if (file) {
        body.set(
          'pressCardScan',
          new Blob([new Uint8Array(file.bytes)], { type: file.type }),
          file.name,
        )
      }
      return app.rest.request('POST', `/${slugs.journalists}/accreditation-request`, {
        token,
        body,
      })
    }

    it('stores the scan privately: the journalist and press officers open it, nobody else', async () => {
      const journalist = await signInJournalist({
        app,
        email: 'scan.owner@press.example',
        data: { accreditationStatus: 'rejected', decisionReason: 'No press card shown' },
      })
      const other = await signInJournalist({ app, email: 'scan.stranger@press.example' })
      const scan = await plainJpeg({ width: 320, height: 200 })

      const response = await requestAccreditation({
        token: journalist.token,
        purpose: 'ビエンホア祭りの取材',
        file: { bytes: scan, type: 'image/jpeg', name: 'yamada-hanako-press-card.jpg' },
      })
      expect(response.status).toBe(303)
      expect(response.headers.get('Location')).toMatch(/^\/ja\/account\?request=sent/)

      const account = await app.payload.findByID({
        collection: slugs.journalists,
        id: journalist.id,
        depth: 1,
      })
      const card = account.pressCardScan as { filename: string; url: string }
      expect(account).toMatchObject({
        accreditationPurpose: 'ビエンホア祭りの取材',
        // A closed request goes back to the press officers.
        accreditationStatus: 'pending',
      })
      expect(Date.parse(String(account.accreditationRequestedAt))).toBeGreaterThan(0)
      // Not the name it had on the journalist's device.
      expect(card.filename).not.toContain('yamada')

      const fileOf = (token?: string) =>
        app.rest.request('GET', `/${slugs.pressCards}/file/${card.filename}`, { token })
      const owner = await fileOf(journalist.token)
      expect(owner.status).toBe(200)
      expect(Buffer.from(await owner.arrayBuffer()).equals(scan)).toBe(true)
      expect((await fileOf(tokens['press-officer'])).status).toBe(200)
      for (const token of [undefined, other.token, tokens.viewer]) {
        const refused = await fileOf(token)
        expect([403, 404]).toContain(refused.status)
        expect((await refused.arrayBuffer()).byteLength).toBeLessThan(scan.byteLength)
      }
      const list = await app.rest.request('GET', `/${slugs.pressCards}`)
      expect(list.status).toBe(403)
    })

    it('refuses a request without a purpose, without a scan, or with a file that is no image or PDF', async () => {
      const journalist = await signInJournalist({ app, email: 'scan.mistakes@press.example' })
      const problemOf = async (args: Parameters<typeof requestAccreditation>[0]) => {
        const response = await requestAccreditation(args)
        expect(response.status).toBe(303)
        return new URL(response.headers.get('Location')!, 'http://x').searchParams.get('request')
      }
      const image = { bytes: await plainJpeg({ width: 64, height: 64 }), type: 'image/jpeg' }
      expect(
        await problemOf({
          token: journalist.token,
          purpose: ' ',
          file: { ...image, name: 'a.jpg' },
        }),
      ).toBe('purposeRequired')
      expect(await problemOf({ token: journalist.token, purpose: 'Visit' })).toBe('scanRequired')
      expect(
        await problemOf({
          token: journalist.token,
          purpose: 'Visit',
          file: { bytes: new TextEncoder().encode('<html>'), type: 'image/png', name: 'a.png' },
        }),
      ).toBe('scanInvalid')
      const { totalDocs } = await app.payload.count({
        collection: slugs.pressCards,
        where: { journalist: { equals: journalist.id } },
      })
      expect(totalDocs).toBe(0)
      const anonymous = await requestAccreditation({ purpose: 'Visit' })
      expect(anonymous.status).toBe(401)
    })
  })

  describe('download again from “my downloads”', () => {
    let photoId: number

    beforeAll(async () => {
      const photo = await uploadAccepted<{ id: number }>({
        app,
        token: tokens.admin,
        name: 'le-hoi.jpg',
        type: 'image/jpeg',
        bytes: await plainJpeg({ width: 1600, height: 1200 }),
        data: {
          agency: agencyId,
          kind: 'image',
          accessTier: 'public',
          credit: 'Báo Đồng Nai',
          _status: 'published',
        },
      })
      photoId = photo.id
    })

    const historyOf = async (journalistId: number) =>
      (
        await app.payload.find({
          collection: slugs.mediaDownloads,
          where: { journalist: { equals: journalistId } },
          sort: 'id',
          depth: 0,
        })
      ).docs as unknown as Array<{ id: number; variant: string; reissueOf?: number | null }>

    it('issues the download again under the same rules and records it once', async () => {
      const journalist = await signInJournalist({ app, email: 'again@press.example' })
      const first = await app.rest.request(
        'GET',
        `/library/media/${photoId}/download?rendition=large&locale=ja&terms=accepted&use=news&useDetails=NHK`,
        { token: journalist.token },
      )
      expect(first.status).toBe(200)
      await first.arrayBuffer()
      const [record] = await historyOf(journalist.id)
      expect(record).toBeDefined()

      const again = await app.rest.request('GET', `/${slugs.mediaDownloads}/${record!.id}/again`, {
        token: journalist.token,
      })
      expect(again.status).toBe(303)
      const location = new URL(again.headers.get('Location')!, 'http://x')
      expect(location.pathname).toBe(`/api/library/media/${photoId}/download`)
      expect(Object.fromEntries(location.searchParams)).toEqual({
        rendition: 'large',
        locale: 'ja',
        terms: 'accepted',
        use: 'news',
        useDetails: 'NHK',
      })
      const served = await app.rest.request(
        'GET',
        `${location.pathname.replace(/^\/api/, '')}${location.search}`,
        { token: journalist.token },
      )
      expect(served.status).toBe(200)
      await served.arrayBuffer()

      const history = await historyOf(journalist.id)
      expect(history).toHaveLength(2)
      expect(history[1]).toMatchObject({ variant: 'large', reissueOf: record!.id })
    })

    it('refuses another journalist’s download (404), an anonymous reader (401), and a size no longer allowed (403)', async () => {
      const owner = await signInJournalist({ app, email: 'again.owner@press.example' })
      const other = await signInJournalist({ app, email: 'again.other@press.example' })
      const first = await app.rest.request(
        'GET',
        `/library/media/${photoId}/download?rendition=original&terms=accepted&use=online`,
        { token: owner.token },
      )
      await first.arrayBuffer()
      const [record] = await historyOf(owner.id)
      const again = (token?: string) =>
        app.rest.request('GET', `/${slugs.mediaDownloads}/${record!.id}/again`, { token })
      expect((await again(other.token)).status).toBe(404)
      expect((await again()).status).toBe(401)

      await app.payload.update({
        collection: slugs.journalists,
        id: owner.id,
        data: { accreditationStatus: 'revoked', decisionReason: 'Test' },
      })
      expect((await again(owner.token)).status).toBe(403)
      expect(await historyOf(owner.id)).toHaveLength(1)
    })
  })
})
