import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'mat-khau-kiem-thu-456'

type Errors = { errors?: Array<{ message: string; data?: { errors?: Array<{ path: string }> } }> }

describe('who may write content, and what bad input gets', () => {
  let app: TestApp
  const tokens: Record<string, string> = {}
  let ownAgency: number
  let otherAgency: number

  async function countArticles(): Promise<number> {
    return (await app.payload.count({ collection: slugs.articles })).totalDocs
  }

  async function post({
    as,
    body,
    language = 'vi',
    query = '',
  }: {
    as: string
    body: unknown
    language?: string
    query?: string
  }): Promise<{ status: number; json: Errors & { doc?: { id: number; agency: { id: number } } } }> {
    const response = await app.rest.request('POST', `/${slugs.articles}${query}`, {
      token: tokens[as],
      body,
      headers: { 'Accept-Language': language },
    })
    return {
      status: response.status,
      json: (await response.json()) as Errors & { doc?: { id: number; agency: { id: number } } },
    }
  }

  const article = (overrides: Record<string, unknown> = {}) => ({
    title: 'Đồng Nai đón đoàn doanh nghiệp Nhật Bản',
    infoType: 'official',
    accessTier: 'public',
    classification: 'unclassified',
    ...overrides,
  })

  beforeAll(async () => {
    app = await startPayload()
    const { payload } = app
    ownAgency = (
      await payload.create({
        collection: slugs.agencies,
        data: { name: 'Sở Ngoại vụ', code: 'so-ngoai-vu', kind: 'provincial-department' },
      })
    ).id
    otherAgency = (
      await payload.create({
        collection: slugs.agencies,
        data: { name: 'Xã Long Thành', code: 'xa-long-thanh', kind: 'commune' },
      })
    ).id
    const staff: Array<[string, string, number]> = [
      ['admin', 'admin', otherAgency],
      ['contributor', 'contributor', ownAgency],
      ['contributor-other', 'contributor', otherAgency],
      ['publisher', 'publisher', ownAgency],
      ['viewer', 'viewer', ownAgency],
    ]
    for (const [key, role, agency] of staff) {
      const email = `${key}@ttdn.test`
      await payload.create({
        collection: slugs.users,
        data: { email, password: PASSWORD, name: key, roles: [role as 'admin'], agency },
      })
      tokens[key] = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
    }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('files a contributor’s new draft under their own agency', async () => {
    const { status, json } = await post({
      as: 'contributor',
      body: article(),
      query: '?draft=true',
    })
    expect(status).toBe(201)
    expect(json.doc?.agency.id).toBe(ownAgency)
  })

  it('refuses a contributor filing an item under another agency, in the requester’s language', async () => {
    const before = await countArticles()
    const { status, json } = await post({
      as: 'contributor',
      body: article({ agency: otherAgency }),
      query: '?draft=true',
      language: 'en',
    })
    expect(status).toBe(403)
    expect(json.errors?.[0]?.message).toBe('You may only create content for your own agency.')
    expect(await countArticles()).toBe(before)
  })

  it('lets only publishers publish', async () => {
    const before = await countArticles()
    const refused = await post({ as: 'contributor', body: article({ _status: 'published' }) })
    expect(refused.status).toBe(403)
    // Refused by the content access itself (src/access/contentWrite.ts), which the admin also
    // asks before showing a publish button: Payload's own refusal, in the requester's language.
    expect(refused.json.errors?.[0]?.message).toBe('Lỗi - Bạn không có quyền thực hiện lệnh này.')
    expect(await countArticles()).toBe(before)

    const draft = await post({ as: 'contributor', body: article(), query: '?draft=true' })
    const published = await app.rest.request('PATCH', `/${slugs.articles}/${draft.json.doc?.id}`, {
      token: tokens.publisher,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(((await published.json()) as { doc: { _status: string } }).doc._status).toBe('published')
  })

  it('keeps other agencies’ contributors and viewers from changing an item', async () => {
    const { json } = await post({ as: 'contributor', body: article(), query: '?draft=true' })
    const id = json.doc?.id
    const byOther = await app.rest.request('PATCH', `/${slugs.articles}/${id}`, {
      token: tokens['contributor-other'],
      body: { title: 'Sửa trái phép' },
    })
    expect([403, 404]).toContain(byOther.status)
    const byViewer = await app.rest.request('PATCH', `/${slugs.articles}/${id}`, {
      token: tokens.viewer,
      body: { title: 'Sửa trái phép' },
    })
    expect(byViewer.status).toBe(403)
    const viewerCreate = await post({ as: 'viewer', body: article(), query: '?draft=true' })
    expect(viewerCreate.status).toBe(403)
    const stored = await app.payload.findByID({ collection: slugs.articles, id: id!, draft: true })
    expect(stored.title).toBe('Đồng Nai đón đoàn doanh nghiệp Nhật Bản')
  })

  it('keeps a contributor from changing a restricted item of their own agency they are not named on', async () => {
    const restricted = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: article({
        agency: ownAgency,
        accessTier: 'restricted',
        title: 'Hồ sơ hạn chế',
      }) as never,
    })
    const blind = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${restricted.id}?draft=true`,
      {
        token: tokens.contributor,
        body: { title: 'Ghi đè mù' },
      },
    )
    expect([403, 404]).toContain(blind.status)
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: restricted.id,
      draft: true,
    })
    expect(stored.title).toBe('Hồ sơ hạn chế')
    // The publisher of the agency may read it, so may change it.
    const byPublisher = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${restricted.id}?draft=true`,
      { token: tokens.publisher, body: { title: 'Hồ sơ hạn chế (sửa)' } },
    )
    expect(byPublisher.status).toBe(200)
  })

  it.each([
    ['an unknown tier', { accessTier: 'top-secret' }, 'accessTier'],
    ['an embargo that is not a date', { embargoUntil: 'thứ Ba tuần sau' }, 'embargoUntil'],
    ['a title longer than 300 characters', { title: 'Đ'.repeat(301) }, 'title'],
    ['an unknown kind of information', { infoType: 'rumour' }, 'infoType'],
  ])(
    'refuses %s with a 400 naming the field, in the requester’s language, and stores nothing',
    async (_, overrides, field) => {
      const before = await countArticles()
      const french = await post({
        as: 'contributor',
        body: article(overrides),
        query: '?draft=true',
        language: 'fr',
      })
      const vietnamese = await post({
        as: 'contributor',
        body: article(overrides),
        query: '?draft=true',
        language: 'vi',
      })
      expect(french.status).toBe(400)
      expect(vietnamese.status).toBe(400)
      const paths = (french.json.errors?.[0]?.data?.errors ?? []).map((error) => error.path)
      expect(paths).toContain(field)
      expect(french.json.errors?.[0]?.message).not.toBe(vietnamese.json.errors?.[0]?.message)
      expect(await countArticles()).toBe(before)
    },
  )

  it('refuses a link to an item the requester cannot see, as if it did not exist', async () => {
    const hidden = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: article({
        agency: ownAgency,
        title: 'Bản nháp của Sở Ngoại vụ',
        _status: 'draft',
      }) as never,
    })
    const before = await countArticles()
    const refused = await post({
      as: 'contributor-other',
      body: article({ relatedArticles: [hidden.id] }),
      query: '?draft=true',
      language: 'fr',
    })
    expect(refused.status).toBe(400)
    expect(refused.json.errors?.[0]?.message).toBe(
      `Impossible de lier l’élément « ${hidden.id} » de « articles » : il n’existe pas ou vous n’avez pas le droit de le voir.`,
    )
    const missing = await post({
      as: 'contributor-other',
      body: article({ relatedArticles: [987654] }),
      query: '?draft=true',
      language: 'fr',
    })
    expect(missing.status).toBe(400)
    expect(missing.json.errors?.[0]?.message).toBe(
      refused.json.errors?.[0]?.message.replace(String(hidden.id), '987654'),
    )
    expect(await countArticles()).toBe(before)

    const allowed = await post({
      as: 'contributor',
      body: article({ relatedArticles: [hidden.id] }),
      query: '?draft=true',
    })
    expect(allowed.status).toBe(201)
  })

  it('answers a malformed JSON body with a 4xx, not a 500', async () => {
    const before = await countArticles()
    const response = await app.rest.request('POST', `/${slugs.articles}?draft=true`, {
      token: tokens.contributor,
      body: '{"title": "Đồng Nai", "infoType": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await countArticles()).toBe(before)
  })

  it('populates a named user with their name and role only, never sessions or login counters', async () => {
    const named = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: 'viewer@ttdn.test' } },
      })
    ).docs[0]!
    const restricted = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: article({
        agency: ownAgency,
        accessTier: 'restricted',
        allowedUsers: [named.id],
      }) as never,
    })
    const response = await app.rest.request(
      'GET',
      `/${slugs.articles}/${restricted.id}?depth=1&draft=true`,
      {
        token: tokens.admin,
      },
    )
    const { allowedUsers } = (await response.json()) as {
      allowedUsers: Array<Record<string, unknown>>
    }
    expect(Object.keys(allowedUsers[0] ?? {}).sort()).toEqual([
      'agency',
      'collection',
      'email',
      'id',
      'name',
      'roles',
    ])
  })
})
