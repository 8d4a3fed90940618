import { createLocalReq } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { redactHistoryBeforeTombstones } from '../../src/syndication/redaction'
import { createAgency } from '../helpers/accounts'
import { flatImage } from '../helpers/mediaFixtures'
import { ninjsValidator } from '../helpers/ninjsSchema'
import { startPayload, type TestApp } from '../helpers/startPayload'

type SyncPage = {
  items: Array<Record<string, unknown> & { uri: string; version: string; language?: string }>
  tombstones: Array<{ uri: string; version: string; pubStatus: string; reason?: string }>
  next: string
}

describe('syndication: feeds and the incremental ninjs sync', () => {
  let app: TestApp
  let agencyId: number
  let validate: (value: unknown) => boolean
  let validationErrors: () => unknown
  const ids: Record<string, number> = {}

  async function article(key: string, data: Record<string, unknown>) {
    const doc = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: `Bài ${key}`,
        summary: `Tóm tắt ${key}`,
        infoType: 'official',
        agency: agencyId,
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
        ...data,
      } as never,
    })
    ids[key] = doc.id
    return doc
  }

  async function sync(query = '', headers: Record<string, string> = {}): Promise<SyncPage> {
    const response = await app.rest.request('GET', `/syndication/ninjs${query}`, { headers })
    expect(response.status).toBe(200)
    return (await response.json()) as SyncPage
  }

  /** Creates an API client, which may hold long polls; gives back its request headers. */
  async function apiClient(key: string): Promise<Record<string, string>> {
    await app.payload.create({
      collection: slugs.apiClients,
      data: { name: `Cổng ${key}`, enableAPIKey: true, apiKey: key } as never,
    })
    return { Authorization: `${slugs.apiClients} API-Key ${key}` }
  }

  beforeAll(async () => {
    const ninjs = await ninjsValidator()
    validate = ninjs.validate
    validationErrors = ninjs.errors

    // The targets below point at a closed loopback port; the long-poll caps are small to test them.
    app = await startPayload({
      env: {
        PUSH_ALLOW_PRIVATE_NETWORKS: 'true',
        SYNC_WAIT_MAX_WAITERS: '5',
        SYNC_WAIT_MAX_PER_CLIENT: '3',
      },
    })
    agencyId = await createAgency({
      app,
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      code: 'so-vhttdl',
      kind: 'provincial-department',
    })
    const bytes = await flatImage({ width: 40, height: 30, background: '#36c', format: 'jpeg' })
    const photo = await app.payload.create({
      collection: slugs.media,
      data: {
        kind: 'image',
        alt: 'Vườn quốc gia Cát Tiên',
        caption: 'Rừng Nam Cát Tiên mùa mưa',
        credit: 'Báo Đồng Nai',
        agency: agencyId,
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
      } as never,
      file: { data: bytes, mimetype: 'image/jpeg', name: 'cat-tien.jpg', size: bytes.length },
    })
    ids.photo = photo.id
    await article('public', { title: 'Đồng Nai mời gọi đầu tư', media: [photo.id] })
    await article('press', { accessTier: 'press' })
    await article('embargoed', { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    await article('withdrawn', { withdrawnAt: new Date().toISOString() })
    await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: {
        title: 'Bản nháp',
        infoType: 'official',
        agency: agencyId,
        classification: 'unclassified',
      } as never,
    })
    // An English translation, published through the workflow fields.
    await app.payload.update({
      collection: slugs.articles,
      id: ids.public!,
      locale: 'en',
      data: {
        title: 'Dong Nai invites investment',
        summary: 'Investment summary',
        publishedLocales: ['vi', 'en'],
      } as never,
      context: { workflowTransition: true },
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  describe('feeds', () => {
    const parser = new Parser()

    it.each(['rss', 'atom'])(
      'the %s feed lists only public, published, un-embargoed items, with the photo enclosed',
      async (format) => {
        const response = await app.rest.request('GET', `/syndication/${format}?locale=vi`)
        expect(response.status).toBe(200)
        expect(response.headers.get('cache-control')).toContain('max-age=60')
        const feed = await parser.parseString(await response.text())
        expect(feed.items.map((item) => item.title)).toEqual(['Đồng Nai mời gọi đầu tư'])
        if (format === 'rss') {
          expect(feed.items[0]?.enclosure).toMatchObject({ type: 'image/jpeg' })
          // The public web rendition, never the original behind the staff-only file route.
          expect(feed.items[0]?.enclosure?.url).toMatch(/\/api\/media\/\d+\/renditions\/web\.jpg$/)
        }
      },
    )

    it('the JSON Feed in English carries only the item published in English', async () => {
      const response = await app.rest.request('GET', '/syndication/jsonfeed?locale=en')
      const feed = (await response.json()) as {
        version: string
        language?: string
        items: Array<{ title: string }>
      }
      expect(feed.version).toBe('https://jsonfeed.org/version/1')
      expect(feed.items.map((item) => item.title)).toEqual(['Dong Nai invites investment'])
      const japanese = (await (
        await app.rest.request('GET', '/syndication/jsonfeed?locale=ja')
      ).json()) as { items: unknown[] }
      expect(japanese.items).toEqual([])
    })

    it('answers a revalidation with 304 by ETag and by date, and a bad parameter with a translated 400', async () => {
      const first = await app.rest.request('GET', '/syndication/rss?locale=vi')
      const revalidations: Array<Record<string, string>> = [
        { 'If-None-Match': first.headers.get('etag')! },
        { 'If-Modified-Since': first.headers.get('last-modified')! },
      ]
      for (const headers of revalidations) {
        const again = await app.rest.request('GET', '/syndication/rss?locale=vi', { headers })
        expect(again.status).toBe(304)
      }
      const bad = await app.rest.request('GET', '/syndication/rss?infoType=rumour', {
        headers: { 'Accept-Language': 'en' },
      })
      expect(bad.status).toBe(400)
      expect(
        ((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
      ).toBe(
        'Invalid parameter “infoType”: expected one of official, promotional, world, clarification.',
      )
    })
  })

  describe('ninjs sync', () => {
    it('emits one valid ninjs object per item and published language, only for what the public may read', async () => {
      const page = await sync()
      const uris = [...new Set(page.items.map((item) => item.uri))].sort()
      expect(uris).toEqual(
        [
          `urn:ttdn:127.0.0.1:3000:articles:${ids.public}:en`,
          `urn:ttdn:127.0.0.1:3000:articles:${ids.public}:vi`,
          `urn:ttdn:127.0.0.1:3000:media:${ids.photo}:vi`,
        ].sort(),
      )
      for (const item of page.items) {
        expect(validate(item), JSON.stringify(validationErrors())).toBe(true)
      }
      const english = [...page.items].reverse().find((item) => item.uri.endsWith(':en'))!
      expect(english).toMatchObject({
        language: 'en',
        pubStatus: 'usable',
        headlines: [{ role: 'main', value: 'Dong Nai invites investment' }],
      })
      const associations = english.associations as Array<{ rel: string; uri: string }>
      expect(associations.map((association) => association.rel).sort()).toEqual([
        'media',
        'translation',
      ])
    })

    it('follows the cursor without gaps or repeats and sends tombstones for withdrawals and tier raises', async () => {
      const start = await sync()
      const before = Math.max(
        ...start.items
          .filter((item) => item.uri.endsWith(`:articles:${ids.public}:vi`))
          .map((item) => Number(item.version)),
      )
      await app.payload.update({
        collection: slugs.articles,
        id: ids.public!,
        locale: 'vi',
        data: { summary: 'Tóm tắt đã sửa' },
      })
      const afterEdit = await sync(`?since=${start.next}&locale=vi`)
      expect(afterEdit.items).toHaveLength(1)
      expect(afterEdit.items[0]).toMatchObject({
        version: String(before + 1),
        descriptions: [{ role: 'summary', value: 'Tóm tắt đã sửa' }],
      })
      expect((await sync(`?since=${afterEdit.next}`)).items).toEqual([])

      await app.payload.update({
        collection: slugs.articles,
        id: ids.public!,
        data: { accessTier: 'press' },
      })
      const raised = await sync(`?since=${afterEdit.next}`)
      expect(
        raised.tombstones
          .map((tombstone) => [tombstone.uri.split(':').at(-1), tombstone.pubStatus])
          .sort(),
      ).toEqual([
        ['en', 'canceled'],
        ['vi', 'canceled'],
      ])
      for (const tombstone of raised.tombstones)
        expect(
          validate({
            uri: tombstone.uri,
            version: tombstone.version,
            pubStatus: tombstone.pubStatus,
          }),
        ).toBe(true)
    })

    // Every version is seen once, as content or (when the reader comes after the withdrawal)
    // as a canceled stub in its place.
    it('keeps a reader exact while several writers publish concurrently', async () => {
      const reader = await apiClient('concurrent-reader-0123456789abcdef')
      const { next: start } = await sync()
      const writers = [0, 1, 2].map(async (writer) => {
        const doc = await article(`writer-${writer}`, { title: `Tin ${writer} phiên bản 1` })
        for (let version = 2; version <= 4; version += 1) {
          await app.payload.update({
            collection: slugs.articles,
            id: doc.id,
            data: { title: `Tin ${writer} phiên bản ${version}` },
          })
        }
        await app.payload.update({
          collection: slugs.articles,
          id: doc.id,
          data: { withdrawnAt: new Date().toISOString(), withdrawalReason: 'Đính chính' },
        })
        return doc.id
      })
      const seen: string[] = []
      const tombstones: string[] = []
      let cursor = start
      let writersDone = false
      const done = Promise.all(writers).then((result) => {
        writersDone = true
        return result
      })
      // The reader long-polls (wait=1) so it keeps pace with the writers without spinning.
      const deadline = Date.now() + 30_000
      while (Date.now() < deadline) {
        // A long poll may time out just as the last writer commits: the reader is done only
        // when a page it asked for after the writers finished comes back empty.
        const isFinalRead = writersDone
        const page = await sync(`?since=${cursor}&limit=3&wait=${isFinalRead ? 0 : 1}`, reader)
        seen.push(...page.items.map((item) => `${item.uri}@${item.version}`))
        tombstones.push(
          ...page.tombstones.map((tombstone) => `${tombstone.uri}@${tombstone.version}`),
        )
        cursor = page.next
        if (isFinalRead && page.items.length === 0 && page.tombstones.length === 0) break
      }
      const writerIds = await done
      const expected = writerIds.flatMap((id) =>
        [1, 2, 3, 4].map((version) => `urn:ttdn:127.0.0.1:3000:articles:${id}:vi@${version}`),
      )
      expect([...seen].sort()).toEqual([...expected].sort())
      expect(new Set(seen).size).toBe(seen.length)
      expect([...tombstones].sort()).toEqual(
        writerIds.map((id) => `urn:ttdn:127.0.0.1:3000:articles:${id}:vi@5`).sort(),
      )
    })

    it('limits an API client to its languages, and refuses a bad cursor in the requester’s language', async () => {
      const client = await app.payload.create({
        collection: slugs.apiClients,
        data: {
          name: 'Cổng thông tin điện tử tỉnh',
          allowedLocales: ['en'],
          enableAPIKey: true,
          apiKey: 'portal-key-0123456789abcdef',
        } as never,
      })
      expect(client.id).toBeTruthy()
      const headers = { Authorization: `${slugs.apiClients} API-Key portal-key-0123456789abcdef` }
      const all = await app.rest.request('GET', '/syndication/ninjs', { headers })
      const page = (await all.json()) as SyncPage
      expect(page.items.length + page.tombstones.length).toBeGreaterThan(0)
      expect([...page.items, ...page.tombstones].every((entry) => entry.uri.endsWith(':en'))).toBe(
        true,
      )
      expect(
        (await app.rest.request('GET', '/syndication/ninjs?locale=vi', { headers })).status,
      ).toBe(403)
      expect(
        (await app.rest.request('GET', '/syndication/rss?locale=vi', { headers })).status,
      ).toBe(403)

      const bad = await app.rest.request('GET', '/syndication/ninjs?since=nonsense', {
        headers: { 'Accept-Language': 'vi' },
      })
      expect(bad.status).toBe(400)
      expect(
        ((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
      ).toContain('“since”')
    })

    it('gives an API client limited to a topic the photos of that topic too, not only articles', async () => {
      const topic = await app.payload.create({
        collection: slugs.topics,
        data: { name: 'Du lịch sinh thái', slug: 'du-lich-sinh-thai' },
      })
      const bytes = await flatImage({ width: 40, height: 30, background: '#3a6', format: 'jpeg' })
      const photo = await app.payload.create({
        collection: slugs.media,
        data: {
          kind: 'image',
          alt: 'Thác Giang Điền',
          credit: 'Báo Đồng Nai',
          agency: agencyId,
          topics: [topic.id],
          accessTier: 'public',
          classification: 'unclassified',
          _status: 'published',
        } as never,
        file: { data: bytes, mimetype: 'image/jpeg', name: 'giang-dien.jpg', size: bytes.length },
      })
      await app.payload.create({
        collection: slugs.apiClients,
        data: {
          name: 'Trang du lịch',
          allowedTopics: [topic.id],
          enableAPIKey: true,
          apiKey: 'tourism-key-0123456789abcdef',
        } as never,
      })
      const headers = { Authorization: `${slugs.apiClients} API-Key tourism-key-0123456789abcdef` }
      const page = (await (
        await app.rest.request('GET', '/syndication/ninjs', { headers })
      ).json()) as SyncPage
      expect(page.items.map((item) => item.uri)).toEqual([
        expect.stringMatching(new RegExp(`:media:${photo.id}:vi$`)),
      ])
    })

    it('holds an API client’s empty answer open with wait= and returns as soon as a version arrives', async () => {
      const client = await apiClient('late-reader-0123456789abcdef')
      const { next } = await sync()
      const started = Date.now()
      const waiting = sync(`?since=${next}&wait=10`, client)
      let writtenAt = 0
      setTimeout(() => {
        void article('late', { title: 'Tin đến muộn' }).then(() => {
          writtenAt = Date.now()
        })
      }, 600)
      const page = await waiting
      expect(page.items.map((item) => item.headlines)).toEqual([
        [{ role: 'main', value: 'Tin đến muộn' }],
      ])
      expect(Date.now() - started).toBeLessThan(9000)
      // Woken by the change-log writer, well before the 10 s wait runs out (the bound is loose:
      // shared CI machines stall; the notifier's unit spec shows there is no per-request poll).
      expect(Date.now() - Math.max(writtenAt, started + 600)).toBeLessThan(4000)
    })

    it('refuses wait= to anyone but an API client, with a translated 400, and answers wait=0 at once', async () => {
      const { next } = await sync()
      const started = Date.now()
      const refused = await app.rest.request('GET', `/syndication/ninjs?since=${next}&wait=5`, {
        headers: { 'Accept-Language': 'vi' },
      })
      expect(refused.status).toBe(400)
      expect(
        ((await refused.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
      ).toBe(
        'Chỉ ứng dụng kết nối (API client) mới được chờ thay đổi bằng “wait”; hãy gửi wait=0 hoặc xác thực bằng khóa API.',
      )
      // Refused at once, not after the 5 s it asked to wait.
      expect(Date.now() - started).toBeLessThan(4000)
      expect((await sync(`?since=${next}&wait=0`)).items).toEqual([])
    })

    it('caps the long polls held open per client and in all with 429 and Retry-After, and wakes them all with one write', async () => {
      const first = await apiClient('waiting-portal-a-0123456789abcdef')
      const second = await apiClient('waiting-portal-b-0123456789abcdef')
      const { next } = await sync()
      const hold = (headers: Record<string, string>) =>
        app.rest.request('GET', `/syndication/ninjs?since=${next}&wait=20`, { headers })
      const held = [hold(first), hold(first), hold(first)]
      // Let the three reach their wait before the fourth asks.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const overClient = await app.rest.request('GET', `/syndication/ninjs?since=${next}&wait=20`, {
        headers: { ...first, 'Accept-Language': 'en' },
      })
      expect(overClient.status).toBe(429)
      expect(Number(overClient.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(
        ((await overClient.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
      ).toBe('Too many requests are waiting for changes. Please try again in 5 seconds.')
      held.push(hold(second), hold(second))
      await new Promise((resolve) => setTimeout(resolve, 1000))
      // Five held in all: the process cap, though this client holds only two.
      const overAll = await hold(second)
      expect(overAll.status).toBe(429)
      expect(overAll.headers.get('retry-after')).toBeTruthy()
      await overAll.body?.cancel()

      await article('wakes-all', { title: 'Tin đánh thức' })
      const writtenAt = Date.now()
      const answers = await Promise.all(held)
      // Woken by the write, long before their 20 s wait ends.
      expect(Date.now() - writtenAt).toBeLessThan(8000)
      for (const answer of answers) {
        expect(answer.status).toBe(200)
        const page = (await answer.json()) as SyncPage
        expect(page.items.map((item) => item.headlines)).toContainEqual([
          { role: 'main', value: 'Tin đánh thức' },
        ])
      }
      // The slots are free again.
      const again = await app.rest.request('GET', `/syndication/ninjs?wait=1`, { headers: first })
      expect(again.status).toBe(200)
      await again.body?.cancel()
    })
  })

  it('redacts, once, what a log written before redaction still carries of items that stopped being public', async () => {
    const uri = 'urn:ttdn:127.0.0.1:3000:articles:999999:vi'
    const entry = (kind: 'upsert' | 'tombstone', version: number, text: string) =>
      app.payload.db.create({
        collection: 'sync-events',
        data: {
          kind,
          itemCollection: 'articles',
          itemId: '999999',
          locale: 'vi',
          uri,
          version,
          ...(kind === 'tombstone' ? { reason: 'withdrawn' } : {}),
          ninjs: { uri, version: String(version), headlines: [{ role: 'main', value: text }] },
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        },
      })
    const { next } = await sync()
    await entry('upsert', 1, 'Bản cũ đã rút')
    await entry('tombstone', 2, '')
    await entry('upsert', 3, 'Bản đăng lại')
    const req = await createLocalReq({}, app.payload)
    expect(await redactHistoryBeforeTombstones({ req })).toBe(1)
    expect(await redactHistoryBeforeTombstones({ req })).toBe(0)
    const page = await sync(`?since=${next}`)
    const text = JSON.stringify(page)
    expect(text).not.toContain('Bản cũ đã rút')
    expect(text).toContain('Bản đăng lại')
    expect(page.items.map((item) => `${item.uri}@${item.version}`)).toEqual([
      `${uri}@1`,
      `${uri}@3`,
    ])
    expect(page.items[0]).toEqual({ uri, version: '1', pubStatus: 'canceled' })
  })

  describe('narrowed to a syndication target', () => {
    const parser = new Parser()
    const PORTAL_KEY = 'portal-0123456789abcdef'
    const NATIONAL_KEY = 'national-0123456789abcdef'
    const portalClient = { Authorization: `${slugs.apiClients} API-Key ${PORTAL_KEY}` }
    const nationalClient = { Authorization: `${slugs.apiClients} API-Key ${NATIONAL_KEY}` }
    let portal: { id: number; key?: string | null }
    let national: { id: number; key?: string | null }
    const topics: Record<string, number> = {}

    /** Every sync entry after `since` for a caller, following `next` to the end. */
    async function syncAll(query: string, headers: Record<string, string>) {
      const entries: string[] = []
      let cursor = ''
      for (;;) {
        const response = await app.rest.request(
          'GET',
          `/syndication/ninjs?limit=200&since=${cursor}${query}`,
          { headers },
        )
        expect(response.status).toBe(200)
        const page = (await response.json()) as SyncPage
        entries.push(
          ...[...page.items, ...page.tombstones].map((entry) => `${entry.uri}@${entry.version}`),
        )
        if (page.next === cursor) return entries
        cursor = page.next
      }
    }

    async function pushedTo(target: number) {
      const { docs } = await app.payload.find({
        collection: slugs.deliveries,
        where: { target: { equals: target } },
        limit: 1000,
        depth: 0,
      })
      return docs.map((delivery) => `${delivery.uri}@${delivery.version}`)
    }

    beforeAll(async () => {
      for (const [slug, name] of [
        ['dau-tu', 'Đầu tư'],
        ['du-lich', 'Du lịch'],
      ] as const) {
        topics[slug] = (
          await app.payload.create({ collection: slugs.topics, data: { name, slug } })
        ).id
      }
      // Targets first: pushes are queued when an item is published.
      portal = await app.payload.create({
        collection: slugs.syndicationTargets,
        data: {
          name: 'Chuyên mục đối ngoại, Cổng TTĐT tỉnh',
          key: 'cong-tinh',
          kind: 'provincial-portal',
          url: 'http://127.0.0.1:9/ttdn',
          secret: 'khoa-ky-cong-tinh-0123456789abcdef',
          languages: ['vi'],
          topics: [topics['dau-tu']!],
          infoTypes: ['official', 'promotional'],
        },
      })
      national = await app.payload.create({
        collection: slugs.syndicationTargets,
        data: {
          name: 'vietnam.vn',
          kind: 'vietnam-vn',
          url: 'http://127.0.0.1:9/vietnam-vn',
          secret: 'khoa-ky-vietnam-vn-0123456789abcdef',
          infoTypes: ['promotional'],
          // Its filters are the subject here; the department's approval has its own suite.
          requiresDepartmentApproval: false,
        },
      })
      await app.payload.create({
        collection: slugs.apiClients,
        data: {
          name: 'Cổng TTĐT tỉnh',
          allowedTargets: [portal.id],
          enableAPIKey: true,
          apiKey: PORTAL_KEY,
        },
      })
      await app.payload.create({
        collection: slugs.apiClients,
        data: {
          name: 'vietnam.vn',
          allowedTargets: [national.id],
          enableAPIKey: true,
          apiKey: NATIONAL_KEY,
        },
      })
      await article('target-investment-official', {
        title: 'Đồng Nai cấp phép dự án khu công nghiệp',
        topics: [topics['dau-tu']],
        infoType: 'official',
      })
      await article('target-investment-promotional', {
        title: 'Hội nghị xúc tiến đầu tư Đồng Nai',
        topics: [topics['dau-tu'], topics['du-lich']],
        infoType: 'promotional',
      })
      await article('target-tourism-promotional', {
        title: 'Lễ hội trái cây Long Khánh',
        topics: [topics['du-lich']],
        infoType: 'promotional',
      })
      await article('target-investment-world', {
        title: 'Kinh tế thế giới tuần qua',
        topics: [topics['dau-tu']],
        infoType: 'world',
      })
      await app.payload.update({
        collection: slugs.articles,
        id: ids['target-tourism-promotional']!,
        locale: 'en',
        data: {
          title: 'Long Khanh fruit festival',
          publishedLocales: ['vi', 'en'],
        } as never,
        context: { workflowTransition: true },
      })
    })

    it('narrows the RSS, Atom and JSON feeds to what the target is pushed, by key or by id', async () => {
      const pushedArticles = (await pushedTo(portal.id))
        .filter((entry) => entry.includes(':articles:'))
        .map((entry) => Number(entry.split(':').at(-2)))
      expect(new Set(pushedArticles)).toEqual(
        new Set([ids['target-investment-official'], ids['target-investment-promotional']]),
      )
      for (const target of [portal.key!, String(portal.id)]) {
        const rss = await parser.parseString(
          await (
            await app.rest.request('GET', `/syndication/rss?locale=vi&target=${target}`, {
              headers: portalClient,
            })
          ).text(),
        )
        expect(rss.items.map((item) => Number(item.guid?.split(':').at(-2))).sort()).toEqual(
          [...new Set(pushedArticles)].sort(),
        )
      }
      const atom = await parser.parseString(
        await (
          await app.rest.request('GET', '/syndication/atom?locale=vi&target=cong-tinh', {
            headers: portalClient,
          })
        ).text(),
      )
      expect(atom.items.map((item) => item.title).sort()).toEqual([
        'Hội nghị xúc tiến đầu tư Đồng Nai',
        'Đồng Nai cấp phép dự án khu công nghiệp',
      ])
      // The portal takes Vietnamese only: its English feed is empty, not an error.
      const english = (await (
        await app.rest.request('GET', '/syndication/jsonfeed?locale=en&target=cong-tinh', {
          headers: portalClient,
        })
      ).json()) as { items: unknown[] }
      expect(english.items).toEqual([])

      expect(national.key).toBe('vietnam-vn')
      const nationalEnglish = (await (
        await app.rest.request('GET', '/syndication/jsonfeed?locale=en&target=vietnam-vn', {
          headers: nationalClient,
        })
      ).json()) as { items: Array<{ title: string }> }
      expect(nationalEnglish.items.map((item) => item.title)).toEqual(['Long Khanh fruit festival'])
    })

    it('narrows the ninjs sync to exactly the versions pushed to the target', async () => {
      for (const target of [portal, national]) {
        const headers = target === portal ? portalClient : nationalClient
        const pulled = await syncAll(`&target=${target.key}`, headers)
        expect(pulled.length).toBeGreaterThan(0)
        expect([...pulled].sort()).toEqual([...(await pushedTo(target.id))].sort())
      }
    })

    it('refuses a target the caller may not use with 403 and an unknown one with 404, translated', async () => {
      const message = async (response: Response) =>
        ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message
      const anonymous = await app.rest.request('GET', '/syndication/rss?target=cong-tinh', {
        headers: { 'Accept-Language': 'en' },
      })
      expect(anonymous.status).toBe(403)
      expect(await message(anonymous)).toBe(
        'You may not ask for what syndication target “cong-tinh” receives.',
      )
      const other = await app.rest.request('GET', `/syndication/atom?target=${portal.id}`, {
        headers: { ...nationalClient, 'Accept-Language': 'vi' },
      })
      expect(other.status).toBe(403)
      expect(await message(other)).toBe(
        `Bạn không được xem những gì nơi nhận đồng bộ “${portal.id}” nhận.`,
      )
      expect(
        (
          await app.rest.request('GET', '/syndication/ninjs?target=vietnam-vn', {
            headers: portalClient,
          })
        ).status,
      ).toBe(403)
      const unknown = await app.rest.request('GET', '/syndication/rss?target=khong-co', {
        headers: { ...portalClient, 'Accept-Language': 'en' },
      })
      expect(unknown.status).toBe(404)
      expect(await message(unknown)).toBe('There is no syndication target “khong-co”.')

      await app.payload.create({
        collection: slugs.users,
        data: {
          email: 'duyet@ttdn.test',
          password: 'mat-khau-duyet-bai-1',
          name: 'Người duyệt',
          roles: ['publisher'],
          agency: agencyId,
        },
      })
      const publisher = await app.rest.login({
        collection: slugs.users,
        email: 'duyet@ttdn.test',
        password: 'mat-khau-duyet-bai-1',
      })
      const asPublisher = await app.rest.request('GET', '/syndication/rss?target=vietnam-vn', {
        token: publisher,
      })
      expect(asPublisher.status).toBe(200)
    })

    it('serves a repeated request from the cache, and a publication or a target change at once', async () => {
      const path = '/syndication/rss?locale=vi&target=cong-tinh'
      const first = await app.rest.request('GET', path, { headers: portalClient })
      const again = await app.rest.request('GET', path, { headers: portalClient })
      expect(again.headers.get('x-cache')).toBe('HIT')
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
      const revalidated = await app.rest.request('GET', path, {
        headers: { ...portalClient, 'If-None-Match': first.headers.get('etag')! },
      })
      expect(revalidated.status).toBe(304)

      await article('target-late', {
        title: 'Đồng Nai khởi công cao tốc',
        topics: [topics['dau-tu']],
        infoType: 'official',
      })
      const afterPublish = await app.rest.request('GET', path, {
        headers: { ...portalClient, 'If-None-Match': first.headers.get('etag')! },
      })
      expect(afterPublish.status).toBe(200)
      expect(afterPublish.headers.get('x-cache')).toBe('MISS')
      const titles = (await parser.parseString(await afterPublish.text())).items.map(
        (item) => item.title,
      )
      expect(titles).toContain('Đồng Nai khởi công cao tốc')

      await app.payload.update({
        collection: slugs.syndicationTargets,
        id: portal.id,
        data: { infoTypes: ['promotional'] },
      })
      const afterChange = await parser.parseString(
        await (await app.rest.request('GET', path, { headers: portalClient })).text(),
      )
      expect(afterChange.items.map((item) => item.title)).toEqual([
        'Hội nghị xúc tiến đầu tư Đồng Nai',
      ])

      const sync = `/syndication/ninjs?target=cong-tinh&limit=5`
      const page = await app.rest.request('GET', sync, { headers: portalClient })
      const repeated = await app.rest.request('GET', sync, { headers: portalClient })
      expect(repeated.headers.get('x-cache')).toBe('HIT')
      expect(await repeated.text()).toBe(await page.text())
    })
  })
})
