import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import {
  searchApi,
  searchEngines,
  startSearchApp,
  stopSearchApp,
  syncSearch as syncSearchOf,
  type SearchApiBody,
} from '../helpers/searchEngines'
import type { TestApp } from '../helpers/startPayload'

/**
 * The search contract of issue #6, run against every reachable engine through the whole
 * stack: content saved through Payload, synced by the `search` jobs queue, searched through
 * `GET /api/library/search` as anonymous, journalist and staff requesters.
 */

const ENGINES = searchEngines({ suite: 'search contract' })

const DAY = 24 * 60 * 60 * 1000

describe.each(ENGINES)('the search contract on the $name engine', (engine) => {
  let app: TestApp
  let agencyId: number
  let topicId: number
  const tokens: Record<string, string> = {}
  const ids: Record<string, number> = {}

  function search(
    query: Record<string, string>,
    { as, language }: { as?: string; language?: string } = {},
  ): Promise<{ status: number; body: SearchApiBody }> {
    return searchApi({ app, query, token: as ? tokens[as] : undefined, language })
  }

  const syncSearch = () => syncSearchOf({ app })

  async function article({
    key,
    title,
    summary = '',
    accessTier = 'public',
    translations = {},
    extra = {},
  }: {
    key: string
    title: string
    summary?: string
    accessTier?: string
    translations?: Record<string, { title: string; summary?: string }>
    extra?: Record<string, unknown>
  }): Promise<void> {
    const doc = await app.payload.create({
      collection: slugs.articles,
      locale: 'vi',
      data: {
        title,
        summary,
        infoType: 'official',
        agency: agencyId,
        topics: [topicId],
        accessTier,
        classification: 'unclassified',
        _status: 'published',
        ...extra,
      } as never,
    })
    ids[key] = doc.id
    for (const [locale, text] of Object.entries(translations)) {
      await app.payload.update({
        collection: slugs.articles,
        id: doc.id,
        locale: locale as 'en',
        data: { title: text.title, summary: text.summary ?? '' },
      })
    }
    if (Object.keys(translations).length > 0) {
      // Publishing a translation is a workflow step; here the system records it directly.
      await app.payload.update({
        collection: slugs.articles,
        id: doc.id,
        data: { publishedLocales: ['vi', ...Object.keys(translations)] } as never,
        context: { workflowTransition: true },
      })
    }
  }

  beforeAll(async () => {
    app = await startSearchApp({ engine })
    const { payload } = app

    agencyId = (
      await payload.create({
        collection: slugs.agencies,
        data: {
          name: 'Sở Văn hóa, Thể thao và Du lịch',
          code: 'so-vhttdl',
          kind: 'provincial-department',
        },
      })
    ).id
    const otherAgency = await createAgency({
      app,
      name: 'Phường Trấn Biên',
      code: 'phuong-tran-bien',
      kind: 'ward',
    })
    topicId = (
      await payload.create({
        collection: slugs.topics,
        locale: 'vi',
        data: { name: 'Du lịch', slug: 'du-lich' },
      })
    ).id
    await payload.update({
      collection: slugs.topics,
      id: topicId,
      locale: 'en',
      data: { name: 'Tourism' },
    })

    await signInStaff({ app, email: 'admin@ttdn.test', name: 'Admin', roles: ['admin'] })
    const publisher = await signInStaff({
      app,
      email: 'publisher@ttdn.test',
      name: 'Biên tập viên',
      roles: ['publisher'],
      agency: agencyId,
    })
    const outsider = await signInStaff({
      app,
      email: 'viewer@ttdn.test',
      name: 'Cán bộ phường',
      roles: ['viewer'],
      agency: otherAgency,
    })
    const journalist = await signInJournalist({
      app,
      email: 'press@ttdn.test',
      data: { name: 'Tanaka Yui' },
    })
    tokens.publisher = publisher.token
    tokens.viewer = outsider.token
    tokens.journalist = journalist.token

    for (const plain of [
      {
        key: 'exact',
        title: 'Đồng Nai đón hai triệu lượt khách du lịch',
        summary: 'Lượng khách đến tỉnh tăng mạnh trong mùa lễ hội.',
      },
      {
        key: 'folded',
        title: 'Đông Nai, thương hiệu nông sản mới của vùng',
        summary: 'Một thương hiệu cà phê ra mắt thị trường.',
      },
      {
        key: 'plain',
        title: 'Dong Nai Coffee mở cửa hàng thứ mười',
        summary: 'Chuỗi cà phê mở rộng ra khu vực phía Nam.',
      },
    ]) {
      await article(plain)
    }
    await article({
      key: 'investment',
      title: 'Hội nghị xúc tiến đầu tư quốc tế',
      summary: 'Nhà đầu tư nước ngoài quan tâm khu công nghiệp công nghệ cao.',
      translations: {
        en: {
          title: 'International investment promotion conference',
          summary: 'Foreign investors show interest in the high-tech industrial park.',
        },
        zh: { title: '同奈省举办国际投资促进会议', summary: '外国投资者关注高新技术工业园区。' },
        ja: {
          title: 'ドンナイ省で国際投資促進会議が開催',
          summary: '外国の投資家がハイテク工業団地に関心。',
        },
      },
    })
    // One word, "Trị An", in items of every tier and state: what each requester may find.
    const lake = (state: string) => `Hồ Trị An: ${state}`
    await article({ key: 'lake-public', title: lake('mùa nước nổi') })
    await article({ key: 'lake-press', title: lake('họp báo'), accessTier: 'press' })
    await article({ key: 'lake-internal', title: lake('kế hoạch nội bộ'), accessTier: 'internal' })
    await article({
      key: 'lake-restricted',
      title: lake('hồ sơ hạn chế'),
      accessTier: 'restricted',
      extra: { allowedUsers: [outsider.id] },
    })
    await article({
      key: 'lake-embargoed',
      title: lake('thông cáo chờ công bố'),
      extra: { embargoUntil: new Date(Date.now() + 3 * DAY).toISOString() },
    })
    await article({
      key: 'lake-withdrawn',
      title: lake('bài đã gỡ'),
      extra: { withdrawnAt: new Date(Date.now() - DAY).toISOString() },
    })
    await article({ key: 'lake-draft', title: lake('bản nháp'), extra: { _status: 'draft' } })
    await syncSearch()
  })

  afterAll(async () => {
    await stopSearchApp({ app, engine })
  })

  it('"Dong Nai" without diacritics finds "Đồng Nai"', async () => {
    const { status, body } = await search({ q: 'Dong Nai', locale: 'vi' })
    expect(status).toBe(200)
    expect(body.hits.map((hit) => hit.itemId)).toEqual(
      expect.arrayContaining([String(ids.exact), String(ids.folded), String(ids.plain)]),
    )
    expect(body.servedLocale).toBe('vi')
  })

  it('ranks the title with exactly the typed diacritics first for "Đồng Nai", folded matches after', async () => {
    const { body } = await search({ q: 'Đồng Nai', locale: 'vi' })
    expect(body.hits[0]?.itemId).toBe(String(ids.exact))
    expect(body.hits[0]?.highlight.title).toContain('<mark>Đồng</mark>')
    expect(body.hits.map((hit) => hit.itemId)).toEqual(
      expect.arrayContaining([String(ids.folded), String(ids.plain)]),
    )
  })

  it('finds an English article through a one-typo query', async () => {
    const { body } = await search({ q: 'investmnet', locale: 'en' })
    expect(body.servedLocale).toBe('en')
    expect(body.hits[0]).toMatchObject({ itemId: String(ids.investment), locale: 'en' })
  })

  it('finds the Chinese and the Japanese translation with queries in those languages', async () => {
    const chinese = await search({ q: '投资促进', locale: 'zh' })
    expect(chinese.body.hits[0]).toMatchObject({ itemId: String(ids.investment), locale: 'zh' })
    expect(chinese.body.hits[0]?.highlight.title).toContain('<mark>')
    const japanese = await search({ q: '投資', locale: 'ja' })
    expect(japanese.body.hits[0]).toMatchObject({ itemId: String(ids.investment), locale: 'ja' })
    expect(japanese.body.servedLocale).toBe('ja')
  })

  it('never returns or counts press, internal, restricted, embargoed, withdrawn or draft items to the anonymous public', async () => {
    const { body } = await search({ q: 'Trị An', locale: 'vi' })
    expect(body.hits.map((hit) => hit.itemId)).toEqual([String(ids['lake-public'])])
    expect(body.total).toBe(1)
    for (const facet of ['type', 'infoType', 'topic', 'agency', 'year', 'locale']) {
      const counted = body.facets[facet]!.reduce((sum, value) => sum + value.count, 0)
      expect(counted, facet).toBe(1)
    }
    expect(body.facets.topic).toEqual([{ value: String(topicId), count: 1, label: 'Du lịch' }])
  })

  it('lets an accredited journalist find press items too, and staff what their role allows', async () => {
    const journalist = await search({ q: 'Trị An', locale: 'vi' }, { as: 'journalist' })
    expect(journalist.body.hits.map((hit) => hit.itemId).sort()).toEqual(
      [ids['lake-public'], ids['lake-press']].map(String).sort(),
    )
    const publisher = await search({ q: 'Trị An', locale: 'vi', limit: '50' }, { as: 'publisher' })
    expect(publisher.body.total).toBe(7)
    // A viewer of another agency: no drafts of ours; the restricted item only because named.
    const viewer = await search({ q: 'Trị An', locale: 'vi', limit: '50' }, { as: 'viewer' })
    expect(viewer.body.hits.map((hit) => hit.itemId).sort()).toEqual(
      [
        'lake-public',
        'lake-press',
        'lake-internal',
        'lake-restricted',
        'lake-embargoed',
        'lake-withdrawn',
      ]
        .map((key) => String(ids[key]))
        .sort(),
    )
  })

  it('drops a withdrawn item once its sync job has run', async () => {
    await article({ key: 'bridge', title: 'Cầu Bửu Hòa mới thông xe' })
    await syncSearch()
    expect((await search({ q: 'Bửu Hòa' })).body.total).toBe(1)

    const withdrawn = await app.rest.request('POST', `/${slugs.articles}/${ids.bridge}/workflow`, {
      token: tokens.publisher,
      body: { action: 'withdraw', reason: 'Thông tin chưa chính xác' },
    })
    expect(withdrawn.status).toBe(200)
    // The index learns of the withdrawal from the queued job, not from the save itself.
    expect((await search({ q: 'Bửu Hòa' })).body.total).toBe(1)
    await syncSearch()
    const after = await search({ q: 'Bửu Hòa' })
    expect(after.body.total).toBe(0)
    expect(after.body.facets.locale).toEqual([])
  })

  it('serves the next locale of the fallback chain when the requested one has no hits, and says so', async () => {
    const { body } = await search({ q: 'investment', locale: 'ko' })
    expect(body.servedLocale).toBe('en')
    expect(body.hits[0]).toMatchObject({ itemId: String(ids.investment), locale: 'en' })
    expect(body.facets.locale?.map((value) => value.value)).toContain('en')
  })

  it('refuses bad parameters with 400 in the caller’s language', async () => {
    const english = await search({ page: '0' }, { language: 'en' })
    expect(english.status).toBe(400)
    expect(english.body.errors?.[0]?.message).toBe(
      'Invalid parameter “page”: expected a whole number from 1 to 500.',
    )
    const vietnamese = await search({ limit: '500' }, { language: 'vi' })
    expect(vietnamese.status).toBe(400)
    expect(vietnamese.body.errors?.[0]?.message).toBe(
      'Tham số “limit” không hợp lệ: cần một số nguyên từ 1 đến 50.',
    )
    const japanese = await search({ type: 'podcast' }, { language: 'ja' })
    expect(japanese.status).toBe(400)
    expect(japanese.body.errors?.[0]?.message).toBe(
      'パラメーター「type」が無効です：article, image, video, document, album, eventのいずれかを指定してください。',
    )
  })
})
