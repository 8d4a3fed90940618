import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { startPayload, type TestApp } from '../helpers/startPayload'

const DAY = 24 * 60 * 60 * 1000

describe('journalist accreditation', () => {
  let app: TestApp
  let officerToken: string
  let contributorToken: string
  const journalist = {
    email: 'yui.tanaka@nikkei.example',
    password: 'mat-khau-phong-vien-1',
    name: 'Tanaka Yui',
    outlet: 'Nikkei Asia',
    country: 'JP',
    preferredLanguage: 'ja' as const,
  }
  let journalistId: number

  beforeAll(async () => {
    app = await startPayload()
    const agency = await app.payload.create({
      collection: slugs.agencies,
      data: { name: 'Sở Ngoại vụ', code: 'so-ngoai-vu', kind: 'provincial-department' },
    })
    const staff: Array<[string, 'admin' | 'press-officer' | 'contributor']> = [
      ['admin@ttdn.test', 'admin'],
      ['bao-chi@ttdn.test', 'press-officer'],
      ['bien-tap@ttdn.test', 'contributor'],
    ]
    for (const [email, role] of staff) {
      await app.payload.create({
        collection: slugs.users,
        data: {
          email,
          password: 'mat-khau-can-bo-12',
          name: role,
          roles: [role],
          agency: agency.id,
        },
      })
    }
    officerToken = await app.rest.login({
      collection: slugs.users,
      email: 'bao-chi@ttdn.test',
      password: 'mat-khau-can-bo-12',
    })
    contributorToken = await app.rest.login({
      collection: slugs.users,
      email: 'bien-tap@ttdn.test',
      password: 'mat-khau-can-bo-12',
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('lets a journalist register but not approve themself, and mails a verification link in their language', async () => {
    const response = await app.rest.request('POST', `/${slugs.journalists}`, {
      body: {
        ...journalist,
        accreditationStatus: 'approved',
        accreditationExpiresAt: new Date(Date.now() + 365 * DAY).toISOString(),
      },
    })
    expect(response.status).toBe(202)
    const {
      docs: [stored],
    } = await app.payload.find({
      collection: slugs.journalists,
      where: { email: { equals: journalist.email } },
    })
    journalistId = stored!.id
    expect(stored!.accreditationStatus).toBe('pending')
    expect(stored!.accreditationExpiresAt ?? null).toBeNull()

    const [mail] = capturedEmails({ to: journalist.email })
    expect(mail?.subject).toBe('メールアドレスの確認をお願いします')
    expect(mail?.html).toContain('Tanaka Yui 様')
    // The link opens the library's confirmation page in the journalist's language.
    expect(mail?.html).toMatch(/http:\/\/127\.0\.0\.1:3000\/ja\/account\/verify\?token=[a-f0-9]+/)
  })

  it('refuses login until the e-mail is verified, then verifies through the mailed link', async () => {
    const before = await app.rest.request('POST', `/${slugs.journalists}/login`, {
      body: { email: journalist.email, password: journalist.password },
    })
    // The same answer as for a wrong password: it does not tell that the account exists.
    expect(before.status).toBe(401)

    // The API endpoint stays for links mailed before the library page existed.
    const link = /\/ja\/account\/verify\?token=([a-f0-9]+)/.exec(
      capturedEmails({ to: journalist.email })[0]!.html,
    )!
    const verified = await app.rest.request(
      'GET',
      `/${slugs.journalists}/verify-email?token=${link[1]}&locale=ja`,
    )
    expect(verified.status).toBe(200)
    expect(verified.headers.get('content-type')).toContain('text/html')
    expect(await verified.text()).toContain('メールアドレスが確認されました')

    const again = await app.rest.request(
      'GET',
      `/${slugs.journalists}/verify-email?token=${link[1]}&locale=fr`,
    )
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Ce lien de confirmation n’est pas valide')

    await expect(
      app.rest.login({
        collection: slugs.journalists,
        email: journalist.email,
        password: journalist.password,
      }),
    ).resolves.toBeTypeOf('string')
  })

  it('keeps accreditation decisions to press officers', async () => {
    const token = await app.rest.login({
      collection: slugs.journalists,
      email: journalist.email,
      password: journalist.password,
    })
    await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token,
      body: {
        accreditationStatus: 'approved',
        accreditationExpiresAt: new Date(Date.now() + 90 * DAY).toISOString(),
      },
    })
    const byContributor = await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token: contributorToken,
      body: { accreditationStatus: 'approved' },
    })
    expect(byContributor.status).toBe(403)
    const stored = await app.payload.findByID({ collection: slugs.journalists, id: journalistId })
    expect(stored.accreditationStatus).toBe('pending')
  })

  it('needs an expiry in the future to approve and a reason to reject, in the officer’s language', async () => {
    const noExpiry = await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token: officerToken,
      body: { accreditationStatus: 'approved' },
      headers: { 'Accept-Language': 'vi' },
    })
    expect(noExpiry.status).toBe(400)
    expect(
      ((await noExpiry.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
    ).toBe('Cấp phép cần có ngày hết hạn trong tương lai.')
    const noReason = await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token: officerToken,
      body: { accreditationStatus: 'rejected' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(noReason.status).toBe(400)
    expect(
      ((await noReason.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
    ).toBe('Please give a reason when rejecting or revoking an accreditation.')
  })

  it('approves with an expiry, records who decided, mails the journalist and grants the press tier until expiry', async () => {
    const expires = new Date(Date.now() + 30 * DAY)
    const approved = await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token: officerToken,
      body: {
        accreditationStatus: 'approved',
        accreditationExpiresAt: expires.toISOString(),
        accreditationDecidedAt: '2000-01-01',
      },
    })
    expect(approved.status).toBe(200)
    const stored = await app.payload.findByID({
      collection: slugs.journalists,
      id: journalistId,
      depth: 0,
    })
    expect(stored.accreditationStatus).toBe('approved')
    expect(new Date(stored.accreditationDecidedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(stored.accreditationDecidedBy).toBeTypeOf('number')
    const mails = capturedEmails({ to: journalist.email })
    expect(mails.at(-1)?.subject).toBe('記者の取材許可が承認されました')

    const agency = (await app.payload.find({ collection: slugs.agencies, limit: 1 })).docs[0]!
    const pressPhoto = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Họp báo quý IV',
        infoType: 'official',
        agency: agency.id,
        accessTier: 'press',
        _status: 'published',
        classification: 'unclassified' as const,
      },
    })
    const token = await app.rest.login({
      collection: slugs.journalists,
      email: journalist.email,
      password: journalist.password,
    })
    expect(
      (await app.rest.request('GET', `/${slugs.articles}/${pressPhoto.id}`, { token })).status,
    ).toBe(200)

    await app.payload.update({
      collection: slugs.journalists,
      id: journalistId,
      data: { accreditationExpiresAt: new Date(Date.now() - DAY).toISOString() },
    })
    expect(
      (await app.rest.request('GET', `/${slugs.articles}/${pressPhoto.id}`, { token })).status,
    ).toBe(404)
  })

  it('lets a journalist export and then delete their own data, and no one else’s', async () => {
    const token = await app.rest.login({
      collection: slugs.journalists,
      email: journalist.email,
      password: journalist.password,
    })
    const exported = await app.rest.request('GET', `/${slugs.journalists}/export-my-data`, {
      token,
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toContain('attachment')
    const body = (await exported.json()) as { account: { email: string; outlet: string } }
    expect(body.account).toMatchObject({ email: journalist.email, outlet: 'Nikkei Asia' })

    const anonymous = await app.rest.request('GET', `/${slugs.journalists}/export-my-data`)
    expect(anonymous.status).toBe(401)

    const other = await app.payload.create({
      collection: slugs.journalists,
      data: {
        ...journalist,
        email: 'other@press.example',
        accreditationStatus: 'pending',
        _verified: true,
      },
      disableVerificationEmail: true,
    })
    const deleteOther = await app.rest.request('DELETE', `/${slugs.journalists}/${other.id}`, {
      token,
    })
    expect([403, 404]).toContain(deleteOther.status)

    // Their saved searches (made through the API as they would be from the library) and their
    // download history go with the account.
    const saved = await app.rest.request('POST', `/${slugs.savedSearches}`, {
      token,
      body: { name: 'Cát Tiên', query: 'q=cat+tien', locale: 'ja', journalist: other.id },
    })
    expect(saved.status).toBe(201)
    const savedDoc = (
      (await saved.json()) as { doc: { journalist: Record<string, unknown>; feedToken: string } }
    ).doc
    // The owner is whoever saves it and the feed token is the server's, whatever was sent; the
    // populated owner carries who it is, not its sessions.
    expect(savedDoc.journalist).toEqual({
      collection: slugs.journalists,
      id: journalistId,
      name: journalist.name,
      outlet: 'Nikkei Asia',
      email: journalist.email,
    })
    expect(savedDoc.feedToken).toMatch(/^[\w-]{32}$/)
    await app.payload.create({
      collection: slugs.mediaDownloads,
      data: { journalist: journalistId, variant: 'web', itemTitle: 'Rừng Cát Tiên' },
    })

    const deleteSelf = await app.rest.request('DELETE', `/${slugs.journalists}/${journalistId}`, {
      token,
    })
    expect(deleteSelf.status).toBe(200)
    expect(
      (
        await app.payload.count({
          collection: slugs.journalists,
          where: { email: { equals: journalist.email } },
        })
      ).totalDocs,
    ).toBe(0)
    for (const collection of [slugs.savedSearches, slugs.mediaDownloads] as const) {
      const { totalDocs } = await app.payload.count({
        collection,
        where: { journalist: { equals: journalistId } },
      })
      expect(totalDocs, collection).toBe(0)
    }
  })
})
