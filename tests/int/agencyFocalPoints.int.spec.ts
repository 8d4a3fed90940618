import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

const FOCAL_POINTS = {
  leader: {
    name: 'Nguyễn Văn An',
    position: 'Phó Giám đốc',
    email: 'lanh-dao@so-a.example',
    phone: '+84 251 3822 001',
    language: 'vi',
  },
  officer: {
    name: 'Trần Thị Bình',
    position: 'Chuyên viên',
    email: 'dau-moi@so-a.example',
    phone: '0251 3822 002',
    language: 'en',
  },
}

/**
 * An agency's focal points (Điều 23.8): its own publishers and admins edit them, nobody else;
 * publishers change nothing else of the agency; staff read them, the public does not.
 */
describe('the focal points of an agency', () => {
  let app: TestApp
  const agencies = { A: 0, B: 0 }
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    app = await startPayload()
    tokens.admin = (await signInStaff({ app, email: 'admin@fp.test', roles: ['admin'] })).token
    agencies.A = await createAgency({ app, name: 'Sở A', code: 'so-a' })
    agencies.B = await createAgency({ app, name: 'Sở B', code: 'so-b' })
    for (const [key, role] of [
      ['publisher', 'publisher'],
      ['contributor', 'contributor'],
    ] as const) {
      tokens[key] = (
        await signInStaff({ app, email: `${key}@fp.test`, roles: [role], agency: agencies.A })
      ).token
    }
  }, 300_000)

  afterAll(async () => {
    await app?.stop()
  })

  const patch = (id: number, token: string | undefined, body: unknown) =>
    app.rest.request('PATCH', `/${slugs.agencies}/${id}`, { token, body })

  it('lets the agency’s publisher name its focal points, and nothing else of the agency', async () => {
    const response = await patch(agencies.A, tokens.publisher, {
      name: 'Tên khác',
      focalPoints: FOCAL_POINTS,
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const stored = (await app.payload.findByID({ collection: slugs.agencies, id: agencies.A })) as {
      name: string
      focalPoints?: unknown
    }
    expect(stored.name).toBe('Sở A')
    expect(stored.focalPoints).toEqual(FOCAL_POINTS)
  })

  it('refuses another agency’s publisher and a contributor; lets an admin', async () => {
    expect((await patch(agencies.B, tokens.publisher, { focalPoints: FOCAL_POINTS })).status).toBe(
      403,
    )
    expect(
      (await patch(agencies.A, tokens.contributor, { focalPoints: FOCAL_POINTS })).status,
    ).toBe(403)
    expect((await patch(agencies.B, tokens.admin, { focalPoints: FOCAL_POINTS })).status).toBe(200)
  })

  it('refuses a telephone number or an e-mail that is not one', async () => {
    for (const officer of [
      { ...FOCAL_POINTS.officer, phone: 'gọi cho tôi' },
      { ...FOCAL_POINTS.officer, email: 'không-phải-email' },
    ]) {
      const response = await patch(agencies.A, tokens.publisher, { focalPoints: { officer } })
      expect(response.status).toBe(400)
    }
  })

  it('shows the focal points to staff and not to the public', async () => {
    const read = async (token?: string) =>
      (await (
        await app.rest.request('GET', `/${slugs.agencies}/${agencies.A}`, { token })
      ).json()) as {
        focalPoints?: unknown
      }
    expect((await read(tokens.contributor)).focalPoints).toEqual(FOCAL_POINTS)
    expect((await read()).focalPoints).toBeUndefined()
  })
})
