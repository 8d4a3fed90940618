import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { translate } from '../../src/i18n'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'mat-khau-loi-1'
/** A token Payload could have made (40 hexadecimal characters) that it never did. */
const UNKNOWN_TOKEN = 'ab'.repeat(20)

type ErrorBody = { errors?: Array<{ message: string }> }

describe('errors answered in one place', () => {
  let app: TestApp
  const tokens: Record<'admin' | 'viewer', string> = { admin: '', viewer: '' }

  /** Makes the database fail every read of `collection` while `run` runs, as an outage would. */
  async function withFailingReads<T>({
    collection,
    run,
  }: {
    collection: string
    run: () => Promise<T>
  }): Promise<T> {
    const findOne = app.payload.db.findOne.bind(app.payload.db)
    const spy = vi.spyOn(app.payload.db, 'findOne').mockImplementation(async (args) => {
      if (args.collection === collection) throw new Error('SQLITE_IOERR: disk I/O error (test)')
      return findOne(args)
    })
    try {
      return await run()
    } finally {
      spy.mockRestore()
    }
  }

  beforeAll(async () => {
    app = await startPayload()
    const agency = await app.payload.create({
      collection: slugs.agencies,
      data: { name: 'Sở Ngoại vụ', code: 'so-ngoai-vu-loi', kind: 'provincial-office' },
    })
    for (const role of ['admin', 'viewer'] as const) {
      const email = `${role}-errors@ttdn.test`
      await app.payload.create({
        collection: slugs.users,
        data: { email, password: PASSWORD, name: role, roles: [role], agency: agency.id },
      })
      tokens[role] = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  describe('a database that fails is a 500, never “not found”', () => {
    it('answers a delivery retry 500 when the delivery cannot be read', async () => {
      const response = await withFailingReads({
        collection: slugs.deliveries,
        run: () =>
          app.rest.request('POST', `/${slugs.deliveries}/1/retry`, { token: tokens.admin }),
      })
      expect(response.status).toBe(500)
      const body = (await response.json()) as ErrorBody
      // Payload hides what failed from the requester; it is in the log.
      expect(JSON.stringify(body)).not.toContain('SQLITE_IOERR')
    })

    it('answers an e-mail verification 500 when the accounts cannot be read', async () => {
      const response = await withFailingReads({
        collection: slugs.journalists,
        run: () =>
          app.rest.request('GET', `/${slugs.journalists}/verify-email?token=${UNKNOWN_TOKEN}`),
      })
      expect(response.status).toBe(500)
    })
  })

  describe('refusals keep their status, in the requester’s language', () => {
    it.each(['vi', 'en'] as const)(
      'a delivery that does not exist is a 404 (%s)',
      async (locale) => {
        const response = await app.rest.request('POST', `/${slugs.deliveries}/999999/retry`, {
          token: tokens.admin,
          headers: { 'Accept-Language': locale },
        })
        expect(response.status).toBe(404)
        expect(response.headers.get('content-language')).toBe(locale)
        expect(((await response.json()) as ErrorBody).errors?.[0]?.message).toBe(
          translate({ locale, key: 'errors.notFound' }),
        )
      },
    )

    it.each(['vi', 'en'] as const)(
      'a retry by someone not an admin is a 403 (%s)',
      async (locale) => {
        const response = await app.rest.request(
          'POST',
          `/${slugs.deliveries}/1/retry?locale=${locale}`,
          {
            token: tokens.viewer,
          },
        )
        expect(response.status).toBe(403)
        expect(((await response.json()) as ErrorBody).errors?.[0]?.message).toBe(
          translate({ locale, key: 'errors.forbidden' }),
        )
      },
    )

    it.each([
      ['vi', 'Liên kết xác nhận không hợp lệ'],
      ['en', 'This confirmation link is invalid'],
    ] as const)('an unknown verification token is the 400 page (%s)', async (locale, text) => {
      const response = await app.rest.request(
        'GET',
        `/${slugs.journalists}/verify-email?token=${UNKNOWN_TOKEN}&locale=${locale}`,
      )
      expect(response.status).toBe(400)
      expect(await response.text()).toContain(text)
    })

    it.each([
      ['vi', 'Tham số “limit” không hợp lệ: cần một số nguyên từ 0 đến 200.'],
      ['en', 'Invalid parameter “limit”: expected a whole number from 0 to 200.'],
    ] as const)('a bad parameter is the one translated 400 (%s)', async (locale, message) => {
      const response = await app.rest.request('GET', '/syndication/ninjs?limit=500', {
        headers: { 'Accept-Language': locale },
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as ErrorBody).errors?.[0]?.message).toBe(message)
    })
  })
})
