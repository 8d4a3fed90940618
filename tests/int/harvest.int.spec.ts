import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../../src/env'
import { HARVEST_DUE_FEEDS_TASK, HARVEST_QUEUE } from '../../src/harvest/harvestTasks'
import { guardedGet } from '../../src/harvest/guardedGet'
import { pollFeed } from '../../src/harvest/pollFeed'
import { EDITORIAL_QUEUE } from '../../src/jobs'
import { RefusedAddressError } from '../../src/syndication/pushTargetAddress'
import { createAgency, signInStaff, type SignedIn } from '../helpers/accounts'
import { atomFeed, jsonFeed, rssFeed, type FixtureEntry } from '../helpers/feedFixtures'
import { startLoopbackFeedServer, type LoopbackFeedServer } from '../helpers/loopbackFeedServer'
import { plainJpeg } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'

type FeedDoc = {
  id: number
  lastStatus?: string | null
  lastError?: string | null
  consecutiveFailures?: number | null
  lastPolledAt?: string | null
  nextPollAt?: string | null
  etag?: string | null
}

type HarvestedArticle = {
  id: number
  title: string
  summary?: string | null
  _status: string
  agency: number
  harvestedEntryId: string
  sources: Array<{ title: string; url?: string | null }>
  media?: Array<number | { id: number }> | null
  body?: { root: { children: unknown[] } } | null
}

const FEED_TITLE = 'Tin tức Sở Văn hóa, Thể thao và Du lịch'

const entry = (id: string, title: string, image?: string): FixtureEntry => ({
  id,
  title,
  body: `<p>${title}: nội dung chi tiết <a href="https://dongnai.gov.vn/${id}">xem thêm</a></p><script>alert(1)</script>`,
  image,
})

/**
 * Harvesting the agencies' portals (issue 19, item 2): feeds served by a portal on loopback
 * (HARVEST_ALLOW_LOOPBACK, which production refuses), registered by the agency's publisher,
 * polled by the jobs queue.
 */
describe('harvesting agency feeds', () => {
  let app: TestApp
  let portal: LoopbackFeedServer
  let agencyId: number
  let publisher: SignedIn
  let otherPublisher: SignedIn

  beforeAll(async () => {
    app = await startPayload({
      env: { HARVEST_ALLOW_LOOPBACK: 'true', HARVEST_MAX_FEED_MB: '1' },
    })
    portal = await startLoopbackFeedServer()
    await signInStaff({ app, email: 'quan-tri@ttdn.test', roles: ['admin'] })
    agencyId = await createAgency({ app, name: 'Sở VHTTDL', code: 'so-vhttdl' })
    const otherAgency = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    publisher = await signInStaff({
      app,
      email: 'bien-tap@so-vhttdl.test',
      roles: ['publisher'],
      agency: agencyId,
    })
    otherPublisher = await signInStaff({
      app,
      email: 'bien-tap@bao-dong-nai.test',
      roles: ['publisher'],
      agency: otherAgency,
    })
  })

  afterAll(async () => {
    await portal?.stop()
    await app?.stop()
  })

  /** Registers a feed as the agency's publisher, through REST as the admin does. */
  const registerFeed = async ({ path }: { path: string }): Promise<number> => {
    const response = await app.rest.request('POST', `/${slugs.harvestFeeds}`, {
      token: publisher.token,
      body: { url: `${portal.origin}${path}`, accessTier: 'public', pollIntervalMinutes: 60 },
    })
    expect(response.status, await response.clone().text()).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  /** One sweep of the scheduler, then the polls it queued, as the jobs runner does. */
  const runHarvest = async (): Promise<void> => {
    await app.payload.jobs.queue({
      task: HARVEST_DUE_FEEDS_TASK,
      input: {},
      queue: EDITORIAL_QUEUE,
    })
    await app.payload.jobs.run({ queue: EDITORIAL_QUEUE })
    await app.payload.jobs.run({ queue: HARVEST_QUEUE })
  }

  const makeDue = async (feedId: number): Promise<void> => {
    await app.payload.update({
      collection: slugs.harvestFeeds,
      id: feedId,
      data: { nextPollAt: new Date(Date.now() - 1000).toISOString() } as never,
      overrideAccess: true,
    })
  }

  const feedState = async (feedId: number): Promise<FeedDoc> =>
    (await app.payload.findByID({
      collection: slugs.harvestFeeds,
      id: feedId,
      overrideAccess: true,
    })) as unknown as FeedDoc

  const harvestedFrom = async (feedId: number): Promise<HarvestedArticle[]> => {
    const { docs } = await app.payload.find({
      collection: slugs.articles,
      where: { harvestedEntryId: { like: `${feedId}:` } },
      draft: true,
      depth: 0,
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
    return (docs as unknown as HarvestedArticle[]).filter((doc) =>
      doc.harvestedEntryId.startsWith(`${feedId}:`),
    )
  }

  it('makes new entries drafts of the agency with their source links and picture, once each', async () => {
    portal.routes.set('/anh/le-hoi.jpg', { kind: 'image', body: await plainJpeg() })
    const first = [
      entry('tin-1', 'Lễ hội trái cây Long Khánh', '/anh/le-hoi.jpg'),
      entry('tin-2', 'Hội nghị xúc tiến đầu tư'),
    ]
    const route = (entries: FixtureEntry[], etag: string, ignoresEtag = false) => ({
      kind: 'feed' as const,
      contentType: 'application/rss+xml; charset=utf-8',
      etag,
      ignoresEtag,
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries }),
    })
    portal.routes.set('/rss', route(first, '"v1"'))
    const feedId = await registerFeed({ path: '/rss' })

    await runHarvest()
    const drafts = await harvestedFrom(feedId)
    expect(drafts.map((draft) => draft.title).sort()).toEqual(
      first.map((each) => each.title).sort(),
    )
    for (const draft of drafts) {
      expect(draft._status).toBe('draft')
      expect(draft.agency).toBe(agencyId)
      expect(draft.summary).toContain('Tóm tắt')
      expect(draft.sources).toEqual([
        expect.objectContaining({
          title: FEED_TITLE,
          url: `${portal.origin}/tin/${draft.harvestedEntryId.split(':').at(-1)}`,
        }),
      ])
      expect(JSON.stringify(draft.body)).toContain('https://dongnai.gov.vn/')
      expect(JSON.stringify(draft.body)).not.toContain('alert')
    }
    const withPicture = drafts.find((draft) => draft.title === 'Lễ hội trái cây Long Khánh')!
    expect(withPicture.media).toHaveLength(1)
    const mediaId = withPicture.media![0]!
    const picture = (await app.payload.findByID({
      collection: slugs.media,
      id: typeof mediaId === 'object' ? mediaId.id : mediaId,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as { kind: string; agency: number; renditions: unknown[]; _status: string }
    expect(picture).toMatchObject({ kind: 'image', agency: agencyId, _status: 'draft' })
    expect(picture.renditions.length).toBeGreaterThan(0)
    expect((await feedState(feedId)).lastStatus).toBe('ok')

    // The next poll sends the ETag back and the portal answers 304: nothing new.
    await makeDue(feedId)
    await runHarvest()
    const conditional = portal.requests.filter((request) => request.path === '/rss').at(-1)!
    expect(conditional.headers['if-none-match']).toBe('"v1"')
    expect(conditional.status).toBe(304)
    expect((await feedState(feedId)).lastStatus).toBe('not-modified')
    expect(await harvestedFrom(feedId)).toHaveLength(2)

    // A portal that ignores the ETag and sends the same entries again makes no duplicates.
    portal.routes.set('/rss', route(first, '"v1"', true))
    await makeDue(feedId)
    await runHarvest()
    expect(portal.requests.filter((request) => request.path === '/rss').at(-1)!.status).toBe(200)
    expect(await harvestedFrom(feedId)).toHaveLength(2)

    // A third entry appears: it is picked up, the two others are not made again.
    portal.routes.set('/rss', route([entry('tin-3', 'Giải đua thuyền'), ...first], '"v2"'))
    await makeDue(feedId)
    await runHarvest()
    const after = await harvestedFrom(feedId)
    expect(after).toHaveLength(3)
    expect(after.map((draft) => draft.title)).toContain('Giải đua thuyền')
  })

  it('does not bring back an entry whose draft an editor deleted, until its dismissal is deleted', async () => {
    const entries = [entry('bo-1', 'Tin trùng lặp'), entry('bo-2', 'Tin giữ lại')]
    const route = (etag: string) => ({
      kind: 'feed' as const,
      contentType: 'application/rss+xml; charset=utf-8',
      etag,
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries }),
    })
    portal.routes.set('/rss-bo', route('"b1"'))
    const feedId = await registerFeed({ path: '/rss-bo' })
    await runHarvest()
    const drafts = await harvestedFrom(feedId)
    expect(drafts).toHaveLength(2)
    const unwanted = drafts.find((draft) => draft.title === 'Tin trùng lặp')!
    const deleted = await app.rest.request('DELETE', `/${slugs.articles}/${unwanted.id}`, {
      token: publisher.token,
    })
    expect(deleted.status).toBe(200)

    // The portal changes its feed (a new ETag): read in full, the deleted entry stays away.
    portal.routes.set('/rss-bo', route('"b2"'))
    await makeDue(feedId)
    await runHarvest()
    expect(portal.requests.filter((request) => request.path === '/rss-bo').at(-1)!.status).toBe(200)
    expect((await harvestedFrom(feedId)).map((draft) => draft.title)).toEqual(['Tin giữ lại'])

    // The dismissal is the feed managers' to see and undo; another agency sees nothing.
    const listed = await app.rest.request('GET', `/${slugs.harvestDismissals}`, {
      token: publisher.token,
    })
    const { docs } = (await listed.json()) as {
      docs: Array<{ id: number; title: string; feed: { id: number } }>
    }
    expect(docs).toMatchObject([{ title: 'Tin trùng lặp', feed: { id: feedId } }])
    const foreign = await app.rest.request('GET', `/${slugs.harvestDismissals}`, {
      token: otherPublisher.token,
    })
    expect(((await foreign.json()) as { docs: unknown[] }).docs).toEqual([])
    const undone = await app.rest.request('DELETE', `/${slugs.harvestDismissals}/${docs[0]!.id}`, {
      token: publisher.token,
    })
    expect(undone.status).toBe(200)
    portal.routes.set('/rss-bo', route('"b3"'))
    await makeDue(feedId)
    await runHarvest()
    expect((await harvestedFrom(feedId)).map((draft) => draft.title).sort()).toEqual([
      'Tin giữ lại',
      'Tin trùng lặp',
    ])
  })

  it('does not poll a feed before it is due', async () => {
    portal.routes.set('/rss-som', {
      kind: 'feed',
      contentType: 'application/rss+xml',
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries: [entry('s-1', 'Một')] }),
    })
    const feedId = await registerFeed({ path: '/rss-som' })
    await runHarvest()
    const seen = portal.requests.filter((request) => request.path === '/rss-som').length
    await runHarvest()
    expect(portal.requests.filter((request) => request.path === '/rss-som')).toHaveLength(seen)
    expect(await harvestedFrom(feedId)).toHaveLength(1)
  })

  it('acts as the registrant with a contributor’s rights: a stamped entry is held like any save', async () => {
    const stamped: FixtureEntry = {
      id: 'mat-1',
      title: 'Kế hoạch phòng thủ',
      body: '<p>ĐỘ MẬT: TỐI MẬT</p><p>Nội dung</p>',
    }
    portal.routes.set('/rss-mat', {
      kind: 'feed',
      contentType: 'application/rss+xml',
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries: [stamped] }),
    })
    const feedId = await registerFeed({ path: '/rss-mat' })
    await runHarvest()
    const [held] = (await harvestedFrom(feedId)) as unknown as Array<{
      _status: string
      createdBy: number
      securityHold: { isHeld: boolean }
    }>
    expect(held).toMatchObject({
      _status: 'draft',
      createdBy: publisher.id,
      securityHold: { isHeld: true },
    })
  })

  it.each([
    ['an Atom feed', '/atom', 'application/atom+xml', atomFeed],
    ['a JSON Feed', '/feed.json', 'application/feed+json', jsonFeed],
  ] as const)('reads %s', async (_name, path, contentType, build) => {
    const entries = [entry(`${path}-a`, 'Tin thứ nhất'), entry(`${path}-b`, 'Tin thứ hai')]
    portal.routes.set(path, {
      kind: 'feed',
      contentType,
      body: build({ title: FEED_TITLE, link: portal.origin, entries }),
    })
    const feedId = await registerFeed({ path })
    const result = await pollFeed({ payload: app.payload, env: getEnv(), feedId, force: true })
    expect(result).toMatchObject({ outcome: 'ok', created: 2, failed: 0 })
    const drafts = await harvestedFrom(feedId)
    expect(drafts.map((draft) => draft.title).sort()).toEqual(['Tin thứ hai', 'Tin thứ nhất'])
    expect(drafts[0]!.sources[0]!.url).toMatch(new RegExp(`^${portal.origin}/tin/`))
  })

  it.each(['http://10.0.0.1/rss', 'http://169.254.169.254/latest/meta-data/'])(
    'refuses a redirect to %s before connecting there',
    async (location) => {
      const path = `/moved-${new URL(location).hostname}`
      portal.routes.set(path, { kind: 'redirect', location })
      // The guard throws before a socket is opened: an IP literal is checked ahead of the
      // request, a name on the address its lookup returns (src/harvest/guardedGet.ts).
      const refusal = guardedGet({
        url: `${portal.origin}${path}`,
        policy: { allowPrivate: false, allowLoopback: true },
        maxBytes: 1024,
        timeoutMs: 5000,
        accept: '*/*',
      })
      await expect(refusal).rejects.toBeInstanceOf(RefusedAddressError)
      await expect(refusal).rejects.toMatchObject({
        refusal: { address: new URL(location).hostname },
      })

      const feedId = await registerFeed({ path })
      await pollFeed({ payload: app.payload, env: getEnv(), feedId, force: true })
      const state = await feedState(feedId)
      expect(state.lastStatus).toBe('error')
      expect(state.lastError).toContain(new URL(location).hostname)
    },
  )

  it('refuses to register a feed at a private address, and for another agency', async () => {
    const privateFeed = await app.rest.request('POST', `/${slugs.harvestFeeds}`, {
      token: publisher.token,
      headers: { 'Accept-Language': 'vi' },
      body: { url: 'http://169.254.169.254/rss', accessTier: 'public', pollIntervalMinutes: 60 },
    })
    expect(privateFeed.status).toBe(400)
    expect(await privateFeed.text()).toContain('dẫn tới mạng nội bộ hoặc cục bộ')
    const foreign = await app.rest.request('POST', `/${slugs.harvestFeeds}`, {
      token: otherPublisher.token,
      body: { url: `${portal.origin}/rss`, agency: agencyId, pollIntervalMinutes: 60 },
    })
    expect(foreign.status).toBe(403)
  })

  it('polls a feed at once when its manager asks, and hides it from another agency', async () => {
    portal.routes.set('/rss-ngay', {
      kind: 'feed',
      contentType: 'application/rss+xml',
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries: [entry('n-1', 'Ngay')] }),
    })
    const feedId = await registerFeed({ path: '/rss-ngay' })
    await runHarvest()
    const polls = () => portal.requests.filter((request) => request.path === '/rss-ngay').length
    expect(polls()).toBe(1)

    const foreign = await app.rest.request('POST', `/${slugs.harvestFeeds}/${feedId}/poll`, {
      token: otherPublisher.token,
    })
    expect(foreign.status).toBe(404)
    const asked = await app.rest.request('POST', `/${slugs.harvestFeeds}/${feedId}/poll`, {
      token: publisher.token,
    })
    expect(asked.status).toBe(200)
    await app.payload.jobs.run({ queue: HARVEST_QUEUE })
    expect(polls()).toBe(2)
  })

  it('refuses a feed larger than the cap, counting as it streams', async () => {
    portal.routes.set('/huge', { kind: 'endless', megabytes: 3 })
    const feedId = await registerFeed({ path: '/huge' })
    const result = await pollFeed({ payload: app.payload, env: getEnv(), feedId, force: true })
    expect(result.outcome).toBe('error')
    expect((await feedState(feedId)).lastError).toMatch(/Larger than the limit of 1048576 bytes/)
  })

  it('backs off longer after each failure in a row, and resets after a success', async () => {
    portal.routes.set('/broken', { kind: 'status', status: 503 })
    const feedId = await registerFeed({ path: '/broken' })
    const waits: number[] = []
    for (let poll = 0; poll < 3; poll += 1) {
      await pollFeed({ payload: app.payload, env: getEnv(), feedId, force: true })
      const state = await feedState(feedId)
      expect(state).toMatchObject({ lastStatus: 'error', consecutiveFailures: poll + 1 })
      expect(state.lastError).toContain('HTTP 503')
      waits.push(Date.parse(state.nextPollAt!) - Date.parse(state.lastPolledAt!))
    }
    expect(waits).toEqual([2, 4, 8].map((factor) => factor * 60 * 60_000))

    portal.routes.set('/broken', {
      kind: 'feed',
      contentType: 'application/rss+xml',
      body: rssFeed({ title: FEED_TITLE, link: portal.origin, entries: [] }),
    })
    await pollFeed({ payload: app.payload, env: getEnv(), feedId, force: true })
    expect(await feedState(feedId)).toMatchObject({ lastStatus: 'ok', consecutiveFailures: 0 })
  })
})
