import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'mat-khau-nhat-ky-1'

type Entry = {
  id: number
  action: string
  actorEmail?: string | null
  targetId?: string | null
  changedFields?: string[]
  details?: Record<string, unknown>
  ip?: string | null
}

describe('the append-only audit log', () => {
  let app: TestApp
  const tokens: Record<string, string> = {}
  let agencyId: number

  async function entries(where: Record<string, unknown> = {}): Promise<Entry[]> {
    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: where as never,
      sort: 'createdAt',
      limit: 500,
    })
    return docs as unknown as Entry[]
  }

  async function uploadPhoto({ accessTier }: { accessTier: string }) {
    const bytes = await sharp({
      create: { width: 20, height: 20, channels: 3, background: '#2a6' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      `anh-${accessTier}.png`,
    )
    form.append(
      '_payload',
      JSON.stringify({
        agency: agencyId,
        kind: 'image',
        accessTier,
        alt: 'Ảnh',
        classification: 'unclassified',
        _status: 'published',
      }),
    )
    const response = await app.rest.request('POST', `/${slugs.media}`, {
      token: tokens.admin,
      body: form,
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number; filename: string } }).doc
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = (
      await app.payload.create({
        collection: slugs.agencies,
        data: { name: 'Văn phòng UBND tỉnh', code: 'van-phong-ubnd', kind: 'provincial-office' },
      })
    ).id
    for (const [key, role, name] of [
      ['admin', 'admin', 'Quản trị viên'],
      ['viewer', 'viewer', 'Nguyễn Thị Hằng'],
    ] as const) {
      const email = `${key}@ttdn.test`
      await app.payload.create({
        collection: slugs.users,
        data: { email, password: PASSWORD, name, roles: [role], agency: agencyId },
      })
      tokens[key] = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('records a login and a failed login with the account and the client address', async () => {
    const ok = await app.rest.request('POST', `/${slugs.users}/login`, {
      body: { email: 'viewer@ttdn.test', password: PASSWORD },
      headers: { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' },
    })
    expect(ok.status).toBe(200)
    const failed = await app.rest.request('POST', `/${slugs.users}/login`, {
      body: { email: 'viewer@ttdn.test', password: 'sai-mat-khau' },
      headers: { 'X-Forwarded-For': '198.51.100.4' },
    })
    expect(failed.status).toBe(401)
    const logins = await entries({ actorEmail: { equals: 'viewer@ttdn.test' } })
    expect(logins.filter((entry) => entry.action === 'login').at(-1)).toMatchObject({
      ip: '203.0.113.7',
    })
    expect(logins.filter((entry) => entry.action === 'login-failed').at(-1)).toMatchObject({
      ip: '198.51.100.4',
      details: { reason: 'AuthenticationError' },
    })
  })

  it('records create, update with the changed field names, tier change and delete of an item', async () => {
    const photo = await uploadPhoto({ accessTier: 'public' })
    const patched = await app.rest.request('PATCH', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
      body: { alt: 'Cầu Hóa An', credit: 'Báo Đồng Nai' },
    })
    expect(patched.status).toBe(200)
    await app.rest.request('PATCH', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
      body: { accessTier: 'press' },
    })
    await app.rest.request('DELETE', `/${slugs.media}/${photo.id}`, { token: tokens.admin })

    const trail = await entries({
      targetId: { equals: String(photo.id) },
      targetCollection: { equals: 'media' },
    })
    expect(trail.map((entry) => entry.action)).toEqual([
      'create',
      'publish',
      'update',
      'update',
      'tier-change',
      'delete',
    ])
    expect(trail[2]?.changedFields).toEqual(['alt', 'credit'])
    expect(trail[4]?.details).toEqual({ from: 'public', to: 'press' })
    expect(trail.every((entry) => entry.actorEmail === 'admin@ttdn.test')).toBe(true)
  })

  it('records every download of a non-public file and none of a public one', async () => {
    const internal = await uploadPhoto({ accessTier: 'internal' })
    const open = await uploadPhoto({ accessTier: 'public' })
    expect(
      (
        await app.rest.request('GET', `/${slugs.media}/file/${internal.filename}`, {
          token: tokens.viewer,
        })
      ).status,
    ).toBe(200)
    expect((await app.rest.request('GET', `/${slugs.media}/file/${open.filename}`)).status).toBe(
      200,
    )
    const downloads = await entries({ action: { equals: 'download' } })
    expect(downloads.map((entry) => [entry.targetId, entry.actorEmail])).toEqual([
      [String(internal.id), 'viewer@ttdn.test'],
    ])
  })

  it('records a security hold and its clearing', async () => {
    const article = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: {
        title: 'TUYỆT MẬT',
        infoType: 'official',
        agency: agencyId,
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    const cleared = await app.rest.request('PATCH', `/${slugs.articles}/${article.id}?draft=true`, {
      token: tokens.admin,
      body: { securityHold: { isHeld: false } },
    })
    expect(cleared.status).toBe(200)
    const trail = await entries({
      targetId: { equals: String(article.id) },
      targetCollection: { equals: 'articles' },
    })
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['security-hold', 'security-clear']),
    )
  })

  it('refuses to change or delete an entry through REST, GraphQL and the Local API, admins and overrides included', async () => {
    const [entry] = await entries({ action: { equals: 'login' } })
    const id = entry!.id
    expect(
      (
        await app.rest.request('PATCH', `/${slugs.auditLog}/${id}`, {
          token: tokens.admin,
          body: { action: 'logout' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await app.rest.request('DELETE', `/${slugs.auditLog}/${id}`, { token: tokens.admin }))
        .status,
    ).toBe(403)
    expect(
      (
        await app.rest.request('POST', `/${slugs.auditLog}`, {
          token: tokens.admin,
          body: { action: 'login' },
        })
      ).status,
    ).toBe(403)

    const update = await app.rest.graphql({
      query: `mutation { updateAuditLog(id: ${id}, data: { actorEmail: "forged@ttdn.test" }) { id } }`,
      token: tokens.admin,
    })
    expect(update.body.errors?.length).toBeGreaterThan(0)
    const remove = await app.rest.graphql({
      query: `mutation { deleteAuditLog(id: ${id}) { id } }`,
      token: tokens.admin,
    })
    expect(remove.body.errors?.length).toBeGreaterThan(0)

    const admin = {
      ...(
        await app.payload.find({
          collection: slugs.users,
          where: { email: { equals: 'admin@ttdn.test' } },
        })
      ).docs[0]!,
      collection: slugs.users,
    }
    await expect(
      app.payload.update({
        collection: slugs.auditLog,
        id,
        data: { action: 'logout' },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow()
    await expect(
      app.payload.update({ collection: slugs.auditLog, id, data: { action: 'logout' } }),
    ).rejects.toThrow()
    await expect(app.payload.delete({ collection: slugs.auditLog, id })).rejects.toThrow()
    await expect(
      app.payload.delete({ collection: slugs.auditLog, where: { id: { equals: id } } }),
    ).resolves.toMatchObject({
      docs: [],
    })

    const after = await app.payload.findByID({ collection: slugs.auditLog, id })
    expect(after).toMatchObject({ action: 'login', actorEmail: entry!.actorEmail })
  })

  it('lets admins read the log and no one else', async () => {
    expect(
      (await app.rest.request('GET', `/${slugs.auditLog}`, { token: tokens.admin })).status,
    ).toBe(200)
    expect(
      (await app.rest.request('GET', `/${slugs.auditLog}`, { token: tokens.viewer })).status,
    ).toBe(403)
    expect((await app.rest.request('GET', `/${slugs.auditLog}`)).status).toBe(403)
  })

  it('exports the log as CSV for admins, Vietnamese intact, and refuses anyone else in their language', async () => {
    const response = await app.rest.request(
      'GET',
      `/${slugs.auditLog}/export.csv?where[action][equals]=login`,
      {
        token: tokens.admin,
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe(
      'createdAt,action,actorCollection,actorId,actorEmail,targetCollection,targetId,targetTitle,locale,changedFields,details,ip,userAgent',
    )
    expect(lines.slice(1).every((line) => line.split(',')[1] === 'login')).toBe(true)
    expect(lines.some((line) => line.includes('viewer@ttdn.test'))).toBe(true)

    const viewer = await app.rest.request('GET', `/${slugs.auditLog}/export.csv`, {
      token: tokens.viewer,
      headers: { 'Accept-Language': 'fr' },
    })
    expect(viewer.status).toBe(403)
    expect(
      ((await viewer.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
    ).toBe('Vous n’êtes pas autorisé à effectuer cette action.')
    const anonymous = await app.rest.request('GET', `/${slugs.auditLog}/export.csv`, {
      headers: { 'Accept-Language': 'ja' },
    })
    expect(anonymous.status).toBe(401)
  })

  it('keeps Vietnamese names intact in the CSV', async () => {
    await app.rest.request(
      'PATCH',
      `/${slugs.users}/${(await app.payload.find({ collection: slugs.users, where: { email: { equals: 'viewer@ttdn.test' } } })).docs[0]!.id}`,
      {
        token: tokens.admin,
        body: { name: 'Nguyễn Thị Hằng (Sở Ngoại vụ)' },
      },
    )
    const response = await app.rest.request(
      'GET',
      `/${slugs.auditLog}/export.csv?where[targetCollection][equals]=users`,
      {
        token: tokens.admin,
      },
    )
    const text = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain('Nguyễn Thị Hằng')
  })
})
