import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { deleteUnverifiedAccounts } from '../../src/jobs/deleteUnverifiedAccounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

const STAFF_PASSWORD = 'mat-khau-can-bo-12'
const JOURNALIST_PASSWORD = 'mat-khau-phong-vien-1'
const DAY_MS = 24 * 60 * 60 * 1000

describe('journalist accounts', () => {
  let app: TestApp
  let officerToken: string
  let journalistToken: string
  let journalistId: number
  const journalist = {
    email: 'owner@press.example',
    password: JOURNALIST_PASSWORD,
    name: 'Account Owner',
    outlet: 'Press Example',
    country: 'GB',
    preferredLanguage: 'en' as const,
    accreditationStatus: 'pending' as const,
  }

  beforeAll(async () => {
    app = await startPayload()
    await app.payload.create({
      collection: slugs.users,
      data: {
        email: 'press-officer@ttdn.test',
        password: STAFF_PASSWORD,
        name: 'Press officer',
        roles: ['press-officer'],
      },
    })
    officerToken = await app.rest.login({
      collection: slugs.users,
      email: 'press-officer@ttdn.test',
      password: STAFF_PASSWORD,
    })
    const created = await app.payload.create({
      collection: slugs.journalists,
      data: { ...journalist, _verified: true },
      disableVerificationEmail: true,
    })
    journalistId = created.id
    journalistToken = await app.rest.login({
      collection: slugs.journalists,
      email: journalist.email,
      password: JOURNALIST_PASSWORD,
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('refuses a signed-in journalist creating journalist accounts, verified or not', async () => {
    const response = await app.rest.request('POST', `/${slugs.journalists}`, {
      token: journalistToken,
      body: {
        email: 'victim@elsewhere.example',
        password: JOURNALIST_PASSWORD,
        name: 'Not Mine',
        outlet: 'Elsewhere',
        country: 'FR',
        _verified: true,
      },
    })
    expect(response.status).toBe(403)
    const found = await app.payload.count({
      collection: slugs.journalists,
      where: { email: { equals: 'victim@elsewhere.example' } },
    })
    expect(found.totalDocs).toBe(0)
  })

  it('ignores `_verified` from an anonymous registration: the account waits for the mailed link', async () => {
    const response = await app.rest.request('POST', `/${slugs.journalists}`, {
      body: {
        email: 'self-verified@press.example',
        password: JOURNALIST_PASSWORD,
        name: 'Self Verified',
        outlet: 'Press Example',
        country: 'DE',
        _verified: true,
      },
    })
    expect(response.status).toBe(202)
    const stored = await storedJournalist({ app, email: 'self-verified@press.example' })
    expect(stored._verified).toBe(false)
    expect(capturedEmails({ to: 'self-verified@press.example' })).toHaveLength(1)
    await app.payload.delete({ collection: slugs.journalists, id: stored.id })
  })

  it('answers an anonymous registration with an address that has an account exactly like a new one, stores nothing and mails the owner', async () => {
    const register = async (email: string) => {
      const started = performance.now()
      const response = await app.rest.request('POST', `/${slugs.journalists}?locale=en`, {
        body: {
          email,
          password: 'mat-khau-dang-ky-moi-2026',
          name: 'Someone Else',
          outlet: 'Other Outlet',
          country: 'FR',
        },
      })
      return {
        status: response.status,
        body: (await response.json()) as unknown,
        ms: performance.now() - started,
      }
    }
    const ownerMailsBefore = capturedEmails({ to: journalist.email }).length
    const fresh = await register('brand-new@press.example')
    // The existing address, typed in another case: it is the same account.
    const existing = await register(journalist.email.toUpperCase())

    expect(existing.status).toBe(202)
    expect(existing.status).toBe(fresh.status)
    expect(existing.body).toEqual(fresh.body)
    expect(fresh.body).toEqual({
      message:
        'Registration received. If this e-mail address can be used for a press account, we have sent a message to it; please follow the instructions in it.',
    })
    // The password is hashed either way: the answer for a taken address is not much quicker.
    expect(existing.ms).toBeGreaterThan(fresh.ms * 0.4)

    const owners = await app.payload.find({
      collection: slugs.journalists,
      where: { email: { equals: journalist.email } },
      showHiddenFields: true,
    })
    expect(owners.totalDocs).toBe(1)
    expect(owners.docs[0]?.name).toBe(journalist.name)
    const ownerMails = capturedEmails({ to: journalist.email })
    expect(ownerMails.length).toBe(ownerMailsBefore + 1)
    expect(ownerMails.at(-1)?.subject).toBe('An account with this e-mail address already exists')
    expect(ownerMails.at(-1)?.html).toContain('/en/account/login')

    const created = await storedJournalist({ app, email: 'brand-new@press.example' })
    await app.payload.delete({ collection: slugs.journalists, id: created.id })
  })

  it('lets a press officer create a verified account', async () => {
    const response = await app.rest.request('POST', `/${slugs.journalists}`, {
      token: officerToken,
      body: {
        email: 'officer-made@press.example',
        password: JOURNALIST_PASSWORD,
        name: 'Officer Made',
        outlet: 'Press Example',
        country: 'VN',
        _verified: true,
      },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const stored = await app.payload.findByID({ collection: slugs.journalists, id: doc.id })
    expect(stored._verified).toBe(true)
    await app.payload.delete({ collection: slugs.journalists, id: doc.id })
  })

  it('makes a changed e-mail unverified until the new address confirms it, whatever `_verified` the journalist sends, and mails the new address', async () => {
    const newAddress = 'owner.new@press.example'
    const changed = await app.rest.request('PATCH', `/${slugs.journalists}/${journalistId}`, {
      token: journalistToken,
      body: { email: newAddress, _verified: true },
    })
    expect(changed.status).toBe(200)
    const stored = await app.payload.findByID({
      collection: slugs.journalists,
      id: journalistId,
      showHiddenFields: true,
    })
    expect(stored.email).toBe(newAddress)
    expect(stored._verified).toBe(false)

    const login = await app.rest.request('POST', `/${slugs.journalists}/login`, {
      body: { email: newAddress, password: JOURNALIST_PASSWORD },
    })
    expect(login.status).not.toBe(200)

    const [mail] = capturedEmails({ to: newAddress })
    const token = /token=([a-f0-9]{40})/.exec(mail?.html ?? '')?.[1]
    expect(token).toBeDefined()
    const verify = await app.rest.request(
      'GET',
      `/${slugs.journalists}/verify-email?token=${token}&locale=en`,
    )
    expect(verify.status).toBe(200)
    await expect(
      app.rest.login({
        collection: slugs.journalists,
        email: newAddress,
        password: JOURNALIST_PASSWORD,
      }),
    ).resolves.toEqual(expect.any(String))
  })

  it('stores names and outlets typed with line breaks and control characters as one clean line', async () => {
    const response = await app.rest.request('POST', `/${slugs.journalists}`, {
      body: {
        email: 'multiline@press.example',
        password: JOURNALIST_PASSWORD,
        name: 'Mallory\n\nhttps://evil.example/login\n',
        outlet: 'Outlet\r\n\u0000\u202eevil',
        country: 'US',
      },
    })
    expect(response.status).toBe(202)
    const stored = await storedJournalist({ app, email: 'multiline@press.example' })
    expect(stored.name).toBe('Mallory https://evil.example/login')
    expect(stored.outlet).toBe('Outlet evil')
    const [mail] = capturedEmails({ to: 'multiline@press.example' })
    // The only link in the verification mail is the app's own confirmation link.
    expect(mail?.html.match(/<a /g)).toHaveLength(1)
    expect(mail?.html).not.toContain('href="https://evil.example')
    await app.payload.delete({ collection: slugs.journalists, id: stored.id })
  })

  it('stores a staff name typed with line breaks as one line', async () => {
    const user = await app.payload.create({
      collection: slugs.users,
      data: {
        email: 'multiline-staff@ttdn.test',
        password: STAFF_PASSWORD,
        name: 'Nguyễn\nVăn\tAn',
        roles: ['viewer'],
      },
    })
    expect(user.name).toBe('Nguyễn Văn An')
    await app.payload.delete({ collection: slugs.users, id: user.id })
  })

  it('deletes accounts left unverified longer than the retention period, on a daily schedule', async () => {
    const unverified = await app.payload.create({
      collection: slugs.journalists,
      data: { ...journalist, email: 'never-confirmed@press.example' },
      disableVerificationEmail: true,
    })
    const verified = await app.payload.create({
      collection: slugs.journalists,
      data: { ...journalist, email: 'confirmed@press.example', _verified: true },
      disableVerificationEmail: true,
    })
    const exists = async (id: number): Promise<boolean> =>
      (await app.payload.count({ collection: slugs.journalists, where: { id: { equals: id } } }))
        .totalDocs === 1

    const early = await deleteUnverifiedAccounts({
      payload: app.payload,
      now: new Date(Date.now() + 6 * DAY_MS),
      retentionDays: 7,
    })
    expect(early.deleted).toBe(0)
    expect(await exists(unverified.id)).toBe(true)

    const late = await deleteUnverifiedAccounts({
      payload: app.payload,
      now: new Date(Date.now() + 8 * DAY_MS),
      retentionDays: 7,
    })
    expect(late).toEqual({ deleted: 1, failed: 0 })
    expect(await exists(unverified.id)).toBe(false)
    expect(await exists(verified.id)).toBe(true)

    const task = app.config.jobs.tasks?.find(({ slug }) => slug === 'delete-unverified-accounts')
    expect(task?.schedule?.[0]?.cron).toBe('0 15 4 * * *')
    await app.payload.delete({ collection: slugs.journalists, id: verified.id })
  })

  it('answers a failed login the same way, in comparable time, for an unknown address, a wrong password and an unverified account', async () => {
    await app.payload.create({
      collection: slugs.journalists,
      data: { ...journalist, email: 'not-yet-verified@press.example' },
      disableVerificationEmail: true,
    })
    const attempt = async (email: string, password: string) => {
      const started = performance.now()
      const response = await app.rest.request('POST', `/${slugs.journalists}/login?locale=en`, {
        body: { email, password },
      })
      return {
        status: response.status,
        body: (await response.json()) as unknown,
        ms: performance.now() - started,
      }
    }
    await app.payload.create({
      collection: slugs.journalists,
      data: { ...journalist, email: 'confirmed-login@press.example', _verified: true },
      disableVerificationEmail: true,
    })
    const wrongPassword = await attempt('confirmed-login@press.example', 'sai-mat-khau-dai-12')
    const unknown = await attempt('nobody-at-all@press.example', 'sai-mat-khau-dai-12')
    const unverified = await attempt('not-yet-verified@press.example', JOURNALIST_PASSWORD)
    for (const answer of [wrongPassword, unknown, unverified]) {
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({
        errors: [
          { message: 'The e-mail or password is incorrect, or the account cannot sign in yet.' },
        ],
      })
    }
    // An unknown address checks a password too: no answer comes back in a fraction of the time.
    expect(unknown.ms).toBeGreaterThan(wrongPassword.ms * 0.5)
    await app.payload.delete({
      collection: slugs.journalists,
      where: { email: { in: ['not-yet-verified@press.example', 'confirmed-login@press.example'] } },
    })
  })
})

/** The one stored journalist account with `email`. */
async function storedJournalist({ app, email }: { app: TestApp; email: string }) {
  const { docs } = await app.payload.find({
    collection: slugs.journalists,
    where: { email: { equals: email } },
    showHiddenFields: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0]!
}
