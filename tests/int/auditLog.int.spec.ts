import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from '../../src/http/clientAddress'
import { createAgency, signInStaff } from '../helpers/accounts'
import { flatImage } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

const PASSWORD = 'mat-khau-nhat-ky-1'
/** What our listener stamps on a request that reached it through the reverse proxy. */
const VIA_PROXY = { [PEER_ADDRESS_HEADER]: '127.0.0.1' }
const CSV_HEADER =
  'createdAt,action,actorCollection,actorId,actorEmail,targetCollection,targetId,targetTitle,locale,changedFields,details,ip,userAgent'

type Entry = {
  id: number
  action: string
  actorCollection?: string | null
  actorId?: string | null
  actorEmail?: string | null
  targetCollection?: string | null
  targetId?: string | null
  targetTitle?: string | null
  changedFields?: string[]
  details?: Record<string, unknown>
  ip?: string | null
  userAgent?: string | null
}

describe('the append-only audit log', () => {
  let app: TestApp
  const tokens: Record<string, string> = {}
  const userIds: Record<string, number> = {}
  let agencyId: number

  async function entries(where: Record<string, unknown> = {}): Promise<Entry[]> {
    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: where as never,
      sort: ['createdAt', 'id'],
      limit: 1000,
    })
    return docs as unknown as Entry[]
  }

  /** A media item's entries; by file name too, as SQLite may reuse a deleted item's id. */
  async function trailOf({ id, filename }: { id: number; filename: string }): Promise<Entry[]> {
    return entries({
      targetCollection: { equals: slugs.media },
      targetId: { equals: String(id) },
      targetTitle: { equals: filename },
    })
  }

  async function uploadPhoto({ accessTier }: { accessTier: string }) {
    return uploadAccepted({
      app,
      token: tokens.admin,
      name: `anh-${accessTier}.png`,
      type: 'image/png',
      bytes: await flatImage({ width: 20, height: 20, background: '#2a6' }),
      data: {
        agency: agencyId,
        kind: 'image',
        accessTier,
        alt: 'Ảnh',
        classification: 'unclassified',
        _status: 'published',
      },
    })
  }

  async function exportCsv({ query = '', token }: { query?: string; token?: string }) {
    const response = await app.rest.request('GET', `/${slugs.auditLog}/export.csv${query}`, {
      token,
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder().decode(bytes)
    return {
      response,
      bytes,
      text,
      lines: text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    }
  }

  beforeAll(async () => {
    // The requests here come through a reverse proxy on this machine, as in production.
    app = await startPayload({ env: { TRUSTED_PROXIES: '127.0.0.1' } })
    markPeerAddressStamped()
    agencyId = await createAgency({
      app,
      name: 'Văn phòng UBND tỉnh',
      code: 'van-phong-ubnd',
      kind: 'provincial-office',
    })
    for (const [role, name] of [
      ['admin', 'Quản trị viên'],
      ['viewer', 'Nguyễn Thị Hằng'],
    ] as const) {
      const account = await signInStaff({
        app,
        email: `${role}@ttdn.test`,
        password: PASSWORD,
        name,
        roles: [role],
        agency: agencyId,
      })
      userIds[role] = account.id
      tokens[role] = account.token
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('records a login and a failed login with the account, the client address and the browser', async () => {
    const ok = await app.rest.request('POST', `/${slugs.users}/login`, {
      body: { email: 'viewer@ttdn.test', password: PASSWORD },
      headers: {
        ...VIA_PROXY,
        'X-Forwarded-For': '203.0.113.7',
        'User-Agent': 'TTDN-Test/1.0',
      },
    })
    expect(ok.status).toBe(200)
    const failed = await app.rest.request('POST', `/${slugs.users}/login`, {
      body: { email: 'Viewer@ttdn.test', password: 'sai-mat-khau' },
      headers: { ...VIA_PROXY, 'X-Forwarded-For': '198.51.100.4' },
    })
    expect(failed.status).toBe(401)

    const trail = await entries({ actorEmail: { equals: 'viewer@ttdn.test' } })
    expect(trail.filter((entry) => entry.action === 'login').at(-1)).toMatchObject({
      actorCollection: slugs.users,
      actorId: String(userIds.viewer),
      ip: '203.0.113.7',
      userAgent: 'TTDN-Test/1.0',
    })
    expect(trail.filter((entry) => entry.action === 'login-failed').at(-1)).toMatchObject({
      actorCollection: slugs.users,
      actorId: null,
      ip: '198.51.100.4',
      details: { reason: 'invalid-credentials' },
    })
  })

  it('records a failed login through GraphQL with the e-mail that was tried', async () => {
    const result = await app.rest.graphql({
      query: `mutation ($email: String!) { loginUser(email: $email, password: "sai-mat-khau") { token } }`,
      variables: { email: 'khach-la@ttdn.test' },
      headers: { ...VIA_PROXY, 'X-Forwarded-For': '192.0.2.55' },
    })
    expect(result.body.errors?.length).toBe(1)
    expect(await entries({ actorEmail: { equals: 'khach-la@ttdn.test' } })).toMatchObject([
      { action: 'login-failed', actorCollection: slugs.users, ip: '192.0.2.55' },
    ])
  })

  it('records a logout of the account that logged out', async () => {
    const token = await app.rest.login({
      collection: slugs.users,
      email: 'viewer@ttdn.test',
      password: PASSWORD,
    })
    const response = await app.rest.request('POST', `/${slugs.users}/logout`, { token })
    expect(response.status).toBe(200)
    const logouts = await entries({ action: { equals: 'logout' } })
    expect(logouts.at(-1)).toMatchObject({
      actorEmail: 'viewer@ttdn.test',
      actorId: String(userIds.viewer),
    })
  })

  it('records a password change by its field name only', async () => {
    const response = await app.rest.request('PATCH', `/${slugs.users}/${userIds.viewer}`, {
      token: tokens.admin,
      body: { password: 'mat-khau-moi-2' },
    })
    expect(response.status).toBe(200)
    const [entry] = (
      await entries({
        action: { equals: 'update' },
        targetCollection: { equals: slugs.users },
        targetId: { equals: String(userIds.viewer) },
      })
    ).slice(-1)
    expect(entry).toMatchObject({ actorEmail: 'admin@ttdn.test', changedFields: ['password'] })
    expect(JSON.stringify(entry)).not.toContain('mat-khau-moi-2')
    await app.payload.update({
      collection: slugs.users,
      id: userIds.viewer!,
      data: { password: PASSWORD },
    })
    // A new password ends the account's sessions.
    tokens.viewer = await app.rest.login({
      collection: slugs.users,
      email: 'viewer@ttdn.test',
      password: PASSWORD,
    })
  })

  it('records create, update with exactly the changed field names, tier change and delete of a media item', async () => {
    const photo = await uploadPhoto({ accessTier: 'public' })
    const patched = await app.rest.request('PATCH', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
      body: { alt: 'Cầu Hóa An', credit: 'Báo Đồng Nai' },
      headers: { ...VIA_PROXY, 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(patched.status).toBe(200)
    const tiered = await app.rest.request('PATCH', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
      body: { accessTier: 'press' },
    })
    expect(tiered.status).toBe(200)
    const deleted = await app.rest.request('DELETE', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
    })
    expect(deleted.status).toBe(200)

    const trail = await trailOf(photo)
    expect(trail.map((entry) => entry.action)).toEqual([
      'create',
      'publish',
      'update',
      'update',
      'tier-change',
      'delete',
    ])
    expect(trail[2]).toMatchObject({
      changedFields: ['alt', 'credit'],
      ip: '203.0.113.9',
      targetTitle: photo.filename,
    })
    expect(trail[3]?.changedFields).toEqual(['accessTier'])
    expect(trail[4]?.details).toEqual({ from: 'public', to: 'press' })
    expect(trail.every((entry) => entry.actorEmail === 'admin@ttdn.test')).toBe(true)
  })

  it('records an unpublication, but not for a draft saved over a published item', async () => {
    const photo = await uploadPhoto({ accessTier: 'public' })
    const draft = await app.rest.request('PATCH', `/${slugs.media}/${photo.id}?draft=true`, {
      token: tokens.admin,
      body: { credit: 'Bản nháp chưa duyệt' },
    })
    expect(draft.status).toBe(200)
    expect((await trailOf(photo)).map((entry) => entry.action)).toEqual([
      'create',
      'publish',
      'update',
    ])

    const unpublished = await app.rest.request('PATCH', `/${slugs.media}/${photo.id}`, {
      token: tokens.admin,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect((await trailOf(photo)).at(-1)?.action).toBe('unpublish')
  })

  it('records a withdrawal with its reason', async () => {
    const photo = await uploadPhoto({ accessTier: 'public' })
    const response = await app.rest.request('POST', `/${slugs.media}/${photo.id}/workflow`, {
      token: tokens.admin,
      body: { action: 'withdraw', reason: 'Ảnh chụp sai địa điểm' },
    })
    expect(response.status).toBe(200)
    expect((await trailOf(photo)).filter((entry) => entry.action === 'withdraw')).toMatchObject([
      { actorEmail: 'admin@ttdn.test', details: { reason: 'Ảnh chụp sai địa điểm' } },
    ])
  })

  it('records every download of a non-public file, once per download, and none of a public one', async () => {
    const internal = await uploadPhoto({ accessTier: 'internal' })
    const open = await uploadPhoto({ accessTier: 'public' })
    const fileOf = (filename: string) => `/${slugs.media}/file/${filename}`

    expect(
      (await app.rest.request('GET', fileOf(internal.filename), { token: tokens.viewer })).status,
    ).toBe(200)
    // Admins' access is plain `true`: Payload hands the handler no document to look at.
    expect(
      (await app.rest.request('GET', fileOf(internal.filename), { token: tokens.admin })).status,
    ).toBe(200)
    // The rest of a download already begun is not another download.
    const rest = await app.rest.request('GET', fileOf(internal.filename), {
      token: tokens.viewer,
      headers: { Range: 'bytes=10-' },
    })
    expect(rest.status).toBe(206)
    // The public gets no original through the stock route (src/media/download/fileRouteAccess.ts).
    expect((await app.rest.request('GET', fileOf(open.filename))).status).toBe(403)
    expect(
      (await app.rest.request('GET', fileOf(open.filename), { token: tokens.viewer })).status,
    ).toBe(200)

    const downloads = await entries({ action: { equals: 'download' } })
    expect(downloads.map((entry) => [entry.targetId, entry.actorEmail])).toEqual([
      [String(internal.id), 'viewer@ttdn.test'],
      [String(internal.id), 'admin@ttdn.test'],
    ])
    expect(downloads[0]).toMatchObject({
      targetCollection: slugs.media,
      details: { filename: internal.filename, accessTier: 'internal' },
    })
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
      targetCollection: { equals: slugs.articles },
    })
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['create', 'security-hold', 'security-clear']),
    )
    expect(trail.find((entry) => entry.action === 'security-clear')).toMatchObject({
      actorEmail: 'admin@ttdn.test',
    })
  })

  it('refuses to change or delete an entry through REST and GraphQL, admins included', async () => {
    const [entry] = await entries({ action: { equals: 'login' } })
    const id = entry!.id

    for (const [method, path, body] of [
      ['PATCH', `/${slugs.auditLog}/${id}`, { actorEmail: 'forged@ttdn.test' }],
      ['PATCH', `/${slugs.auditLog}?where[id][equals]=${id}`, { actorEmail: 'forged@ttdn.test' }],
      ['DELETE', `/${slugs.auditLog}/${id}`, undefined],
      ['DELETE', `/${slugs.auditLog}?where[id][equals]=${id}`, undefined],
      ['POST', `/${slugs.auditLog}`, { action: 'login', actorEmail: 'forged@ttdn.test' }],
    ] as const) {
      const response = await app.rest.request(method, path, { token: tokens.admin, body })
      expect(response.status, `${method} ${path}`).toBe(403)
    }

    for (const query of [
      `mutation { updateAuditLog(id: ${id}, data: { actorEmail: "forged@ttdn.test" }) { id } }`,
      `mutation { deleteAuditLog(id: ${id}) { id } }`,
      `mutation { createAuditLog(data: { action: login }) { id } }`,
    ]) {
      const result = await app.rest.graphql({
        query,
        token: tokens.admin,
        headers: { 'Accept-Language': 'en' },
      })
      expect(result.body.errors?.[0]?.message, query).toBe(
        'You are not allowed to perform this action.',
      )
    }

    expect(await app.payload.findByID({ collection: slugs.auditLog, id })).toEqual(entry)
    expect(await entries({ actorEmail: { equals: 'forged@ttdn.test' } })).toEqual([])
  })

  it('refuses to change or delete an entry through the Local API, even with overrideAccess', async () => {
    const [entry] = await entries({ action: { equals: 'login' } })
    const id = entry!.id
    const admin = {
      ...(await app.payload.findByID({ collection: slugs.users, id: userIds.admin! })),
      collection: slugs.users,
    }
    const changeRefused = 'Nhật ký hệ thống chỉ được ghi thêm: không ai được sửa một mục đã ghi.'
    const deleteRefused = 'Nhật ký hệ thống chỉ được ghi thêm: không ai được xóa một mục đã ghi.'

    await expect(
      app.payload.update({
        collection: slugs.auditLog,
        id,
        data: { action: 'logout' },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      app.payload.delete({ collection: slugs.auditLog, id, overrideAccess: false, user: admin }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      app.payload.update({
        collection: slugs.auditLog,
        id,
        data: { action: 'logout' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403, message: changeRefused })
    await expect(
      app.payload.delete({ collection: slugs.auditLog, id, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403, message: deleteRefused })

    const bulkUpdate = await app.payload.update({
      collection: slugs.auditLog,
      where: { id: { equals: id } },
      data: { actorEmail: 'forged@ttdn.test' },
      overrideAccess: true,
    })
    expect(bulkUpdate.docs).toEqual([])
    expect(bulkUpdate.errors).toMatchObject([{ message: changeRefused }])
    const bulkDelete = await app.payload.delete({
      collection: slugs.auditLog,
      where: { id: { equals: id } },
      overrideAccess: true,
    })
    expect(bulkDelete.docs).toEqual([])
    expect(bulkDelete.errors).toMatchObject([{ message: deleteRefused }])

    expect(await app.payload.findByID({ collection: slugs.auditLog, id })).toEqual(entry)
  })

  it('lets admins read the log and no one else', async () => {
    expect(
      (await app.rest.request('GET', `/${slugs.auditLog}`, { token: tokens.admin })).status,
    ).toBe(200)
    expect(
      (await app.rest.request('GET', `/${slugs.auditLog}`, { token: tokens.viewer })).status,
    ).toBe(403)
    expect((await app.rest.request('GET', `/${slugs.auditLog}`)).status).toBe(403)
    const viewerQuery = await app.rest.graphql({
      query: '{ AuditLogs { docs { id } } }',
      token: tokens.viewer,
    })
    expect(viewerQuery.body.errors?.length).toBe(1)
  })

  it('exports the filtered log as CSV for admins, with a byte-order mark, a header row and Vietnamese intact', async () => {
    const renamed = await app.rest.request('PATCH', `/${slugs.users}/${userIds.viewer}`, {
      token: tokens.admin,
      body: { name: 'Nguyễn Thị Hằng (Sở Ngoại vụ)' },
    })
    expect(renamed.status).toBe(200)

    const { response, bytes, lines } = await exportCsv({
      query: '?where[targetCollection][equals]=users&where[action][equals]=update',
      token: tokens.admin,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(lines[0]).toBe(CSV_HEADER)
    const rows = lines.slice(1).map((line) => line.split(','))
    expect(rows.every((row) => row[1] === 'update' && row[5] === 'users')).toBe(true)
    const [createdAt, ...cells] = rows.at(-1)!
    expect(new Date(createdAt!).getTime()).not.toBeNaN()
    expect(cells.slice(0, 9)).toEqual([
      'update',
      'users',
      String(userIds.admin),
      'admin@ttdn.test',
      'users',
      String(userIds.viewer),
      'Nguyễn Thị Hằng (Sở Ngoại vụ)',
      'vi',
      'name',
    ])
  })

  it('exports what the list search box finds', async () => {
    const { lines } = await exportCsv({ query: '?search=203.0.113.7', token: tokens.admin })
    expect(lines.slice(1).length).toBeGreaterThan(0)
    expect(lines.slice(1).every((line) => line.includes(',203.0.113.7,'))).toBe(true)
  })

  it('quotes cells a spreadsheet would run as a formula', async () => {
    await app.rest.request('POST', `/${slugs.users}/login`, {
      body: { email: '=cmd|calc@evil.test', password: 'x' },
    })
    const { lines } = await exportCsv({
      query: '?where[action][equals]=login-failed',
      token: tokens.admin,
    })
    expect(lines.some((line) => line.includes(",'=cmd|calc@evil.test,"))).toBe(true)
    expect(lines.some((line) => line.includes(',=cmd'))).toBe(false)
  })

  it('refuses the export to anonymous callers and non-admins in their language', async () => {
    const anonymous = await app.rest.request('GET', `/${slugs.auditLog}/export.csv`, {
      headers: { 'Accept-Language': 'fr' },
    })
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { errors: Array<{ message: string }> }).errors).toEqual([
      { message: 'Veuillez vous connecter pour continuer.' },
    ])
    const viewer = await app.rest.request('GET', `/${slugs.auditLog}/export.csv`, {
      token: tokens.viewer,
      headers: { 'Accept-Language': 'fr' },
    })
    expect(viewer.status).toBe(403)
    expect(((await viewer.json()) as { errors: Array<{ message: string }> }).errors).toEqual([
      { message: 'Vous n’êtes pas autorisé à effectuer cette action.' },
    ])
  })

  it('answers an export filter on an unknown field with a 400, not a broken file', async () => {
    const { response } = await exportCsv({
      query: '?where[password][equals]=x',
      token: tokens.admin,
    })
    expect(response.status).toBe(400)
  })
})
