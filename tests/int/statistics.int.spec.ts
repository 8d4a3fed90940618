import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { LOCALES } from '../../src/i18n/locales'
import { provinceDay } from '../../src/reports/period'
import { countPageView, flushPageViews } from '../../src/reports/pageViews/pageViewCounter'
import type { Statistics } from '../../src/reports/statisticsTypes'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { takeArticleStep, writeArticle } from '../helpers/editorialSteps'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { backdateItem, type StepDate } from '../helpers/statisticsFixtures'

type AgencyKey = 'A' | 'B' | 'C'
type Kind = 'article' | 'photo' | 'video' | 'publication'

/**
 * The items of the suite, each with the dates its figures depend on. Articles go through the
 * workflow (so the timeline is recorded as in use), then are moved into 2025; media are written
 * as rows. `A3` is created at 20:00 UTC on 30 June, which is 1 July in the province: it belongs
 * to the second half-year.
 */
type ItemFixture = {
  key: string
  agency: AgencyKey
  collection: 'articles' | 'media'
  kind: Kind
  infoType: 'official' | 'promotional' | 'world' | 'clarification' | null
  createdAt: string
  /** First publication per locale. */
  published: Partial<Record<string, string>>
  withdrawnAt?: string
  /** Locales live now, and which of them are stale (published from an older source). */
  live: string[]
  stale: string[]
}

const ITEMS: ItemFixture[] = [
  {
    key: 'A1',
    agency: 'A',
    collection: 'articles',
    kind: 'article',
    infoType: 'official',
    createdAt: '2025-02-10T03:00:00.000Z',
    published: { vi: '2025-02-11T03:00:00.000Z', en: '2025-03-01T03:00:00.000Z' },
    live: ['vi', 'en'],
    stale: ['en'],
  },
  {
    key: 'A2',
    agency: 'A',
    collection: 'articles',
    kind: 'article',
    infoType: 'promotional',
    createdAt: '2025-03-05T03:00:00.000Z',
    published: {},
    live: [],
    stale: [],
  },
  {
    key: 'A3',
    agency: 'A',
    collection: 'articles',
    kind: 'article',
    infoType: 'world',
    createdAt: '2025-06-30T20:00:00.000Z',
    published: { vi: '2025-07-02T03:00:00.000Z' },
    live: ['vi'],
    stale: [],
  },
  {
    key: 'A4',
    agency: 'A',
    collection: 'articles',
    kind: 'article',
    infoType: 'clarification',
    createdAt: '2025-01-20T03:00:00.000Z',
    published: { vi: '2025-01-21T03:00:00.000Z' },
    withdrawnAt: '2025-05-05T03:00:00.000Z',
    live: [],
    stale: [],
  },
  {
    key: 'B1',
    agency: 'B',
    collection: 'articles',
    kind: 'article',
    infoType: 'official',
    createdAt: '2025-04-01T01:00:00.000Z',
    published: { vi: '2025-04-01T05:00:00.000Z', fr: '2025-04-03T05:00:00.000Z' },
    live: ['vi', 'fr'],
    stale: [],
  },
  {
    key: 'MA1',
    agency: 'A',
    collection: 'media',
    kind: 'video',
    infoType: null,
    createdAt: '2025-03-10T03:00:00.000Z',
    published: { vi: '2025-03-11T00:00:00.000Z' },
    live: ['vi'],
    stale: [],
  },
  {
    key: 'MB1',
    agency: 'B',
    collection: 'media',
    kind: 'publication',
    infoType: null,
    createdAt: '2025-05-01T03:00:00.000Z',
    published: {},
    live: [],
    stale: [],
  },
  {
    key: 'MB2',
    agency: 'B',
    collection: 'media',
    kind: 'photo',
    infoType: null,
    createdAt: '2025-08-01T03:00:00.000Z',
    published: { vi: '2025-08-02T03:00:00.000Z' },
    live: ['vi'],
    stale: [],
  },
]

const TARGETS = [
  { key: 'vietnam-vn', name: 'vietnam.vn' },
  { key: 'cong-tinh', name: 'Cổng thông tin tỉnh' },
] as const

/** Pushes: made at `at`, of the version published at `publishedAt`, answered at `deliveredAt`. */
const DELIVERIES = [
  {
    item: 'A1',
    target: 'vietnam-vn',
    status: 'delivered',
    receipt: 'r-1',
    publishedAt: '2025-02-11T03:00:00.000Z',
    at: '2025-02-11T03:05:00.000Z',
    deliveredAt: '2025-02-11T05:00:00.000Z',
  },
  {
    item: 'A1',
    target: 'cong-tinh',
    status: 'failed',
    receipt: null,
    publishedAt: '2025-02-11T03:00:00.000Z',
    at: '2025-02-11T03:05:00.000Z',
    deliveredAt: null,
  },
  {
    item: 'MA1',
    target: 'vietnam-vn',
    status: 'delivered',
    receipt: 'r-2',
    publishedAt: '2025-03-11T00:00:00.000Z',
    at: '2025-03-11T00:01:00.000Z',
    deliveredAt: '2025-03-11T06:00:00.000Z',
  },
  {
    item: 'A4',
    target: 'vietnam-vn',
    status: 'delivered',
    receipt: null,
    publishedAt: '2025-01-21T03:00:00.000Z',
    at: '2025-01-21T03:01:00.000Z',
    deliveredAt: '2025-01-21T03:02:00.000Z',
  },
  {
    item: 'B1',
    target: 'vietnam-vn',
    status: 'delivered',
    receipt: 'r-3',
    publishedAt: '2025-04-01T05:00:00.000Z',
    at: '2025-04-01T05:01:00.000Z',
    deliveredAt: '2025-04-01T15:00:00.000Z',
  },
  {
    item: 'A3',
    target: 'vietnam-vn',
    status: 'delivered',
    receipt: 'r-4',
    publishedAt: '2025-07-02T03:00:00.000Z',
    at: '2025-07-02T03:01:00.000Z',
    deliveredAt: '2025-07-02T04:00:00.000Z',
  },
] as const

const JOURNALISTS = [
  {
    key: 'J1',
    country: 'JP',
    outlet: 'Nikkei Asia',
    createdAt: '2025-02-01T03:00:00.000Z',
    status: 'approved',
    decidedAt: '2025-02-05T03:00:00.000Z',
  },
  {
    key: 'J2',
    country: 'FR',
    outlet: 'Le Monde',
    createdAt: '2025-03-01T03:00:00.000Z',
    status: 'pending',
    decidedAt: null,
  },
  {
    key: 'J3',
    country: 'KR',
    outlet: 'Yonhap',
    createdAt: '2025-09-01T03:00:00.000Z',
    status: 'approved',
    decidedAt: '2025-09-02T03:00:00.000Z',
  },
  {
    key: 'J4',
    country: 'JP',
    outlet: 'NHK',
    createdAt: '2024-12-01T03:00:00.000Z',
    status: 'approved',
    decidedAt: '2025-01-10T03:00:00.000Z',
  },
] as const

const DOWNLOADS = [
  { journalist: 'J1', item: 'MA1', at: '2025-03-12T03:00:00.000Z' },
  { journalist: 'J2', item: 'MA1', at: '2025-03-13T03:00:00.000Z' },
  { journalist: 'J1', item: 'MB1', at: '2025-05-02T03:00:00.000Z' },
  { journalist: 'J1', item: 'MA1', at: '2025-08-01T03:00:00.000Z' },
] as const

/** Page views at these instants (B1's is 1 July in the province). */
const VIEWS = [
  { item: 'A1', at: '2025-02-12T03:00:00.000Z' },
  { item: 'A1', at: '2025-02-12T09:00:00.000Z' },
  { item: 'A1', at: '2025-02-12T16:59:00.000Z' },
  { item: 'A1', at: '2025-02-12T17:00:00.000Z' },
  { item: 'MA1', at: '2025-03-12T03:00:00.000Z' },
  { item: 'MA1', at: '2025-03-12T04:00:00.000Z' },
  { item: 'B1', at: '2025-06-30T20:00:00.000Z' },
  { item: 'A3', at: '2025-07-05T03:00:00.000Z' },
] as const

const PERIODS = [
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2025-07-01', to: '2025-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
] as const

/**
 * `GET /api/reports/statistics`: items, translations, pushes, journalists, downloads and page
 * views of known data across agencies and periods, each figure checked against the count the
 * test makes from its own tables; and who may ask for which agency.
 */
describe('the statistics of the managing department', () => {
  let app: TestApp
  const agencies = {} as Record<AgencyKey, number>
  const ids = new Map<string, number>()
  const tokens = {} as Record<string, string>

  beforeAll(async () => {
    app = await startPayload()
    tokens.admin = (await signInStaff({ app, email: 'admin@stat.test', roles: ['admin'] })).token
    for (const key of ['A', 'B', 'C'] as const)
      agencies[key] = await createAgency({
        app,
        name: `Cơ quan ${key}`,
        code: `stat-${key.toLowerCase()}`,
      })
    for (const [key, roles, agency] of [
      ['manager', ['department-manager'], agencies.C],
      ['publisherA', ['publisher'], agencies.A],
      ['publisherB', ['publisher'], agencies.B],
      ['viewerA', ['viewer'], agencies.A],
    ] as const) {
      tokens[key] = (
        await signInStaff({
          app,
          email: `${key.toLowerCase()}@stat.test`,
          roles: [...roles],
          agency,
        })
      ).token
    }
    tokens.journalist = (await signInJournalist({ app, email: 'press@stat.test' })).token

    for (const item of ITEMS) ids.set(item.key, await createItem({ item }))
    await makeStale({ id: ids.get('A1')! })
    for (const item of ITEMS) {
      const steps: StepDate[] = Object.entries(item.published).map(([locale, at]) => ({
        action: 'publish',
        locale,
        at: at!,
      }))
      if (item.withdrawnAt) steps.push({ action: 'withdraw', locale: 'vi', at: item.withdrawnAt })
      await backdateItem({
        app,
        collection: item.collection,
        id: ids.get(item.key)!,
        createdAt: item.createdAt,
        steps,
      })
    }
    await writePushes()
    await writeJournalistsAndDownloads()
    for (const view of VIEWS)
      countPageView({
        payload: app.payload,
        item: { ...itemRef(view.item), id: String(ids.get(view.item)) },
        at: new Date(view.at),
      })
    await flushPageViews({ payload: app.payload })
  }, 600_000)

  afterAll(async () => {
    await app?.stop()
  })

  it.each(PERIODS)(
    'gives a department manager every figure of every agency from $from to $to',
    async (period) => {
      const statistics = await statisticsAs({ token: tokens.manager!, query: period })
      expect(statistics.period).toEqual(period)
      expect(statistics.agencies.map((block) => block.agency.code)).toEqual([
        'stat-a',
        'stat-b',
        'stat-c',
      ])
      for (const block of statistics.agencies) {
        const key = block.agency.code.slice(-1).toUpperCase() as AgencyKey
        expect(block.agency.id).toBe(agencies[key])
        expect(block.items).toEqual(expectedItems({ period, agency: key }))
        expect(block.translations).toEqual(expectedTranslations({ period, agency: key }))
        expect(block.pushes).toEqual(expectedPushes({ period, agency: key }))
        expect(block.downloads).toEqual(expectedDownloads({ period, agency: key }))
        expect(block.views).toEqual(expectedViews({ period, agency: key }))
      }
      expect(statistics.totals.items).toEqual(expectedItems({ period }))
      expect(statistics.totals.translations).toEqual(expectedTranslations({ period }))
      expect(statistics.totals.pushes).toEqual(expectedPushes({ period }))
      expect(statistics.totals.downloads).toEqual(expectedDownloads({ period }))
      expect(statistics.totals.views).toEqual(expectedViews({ period }))
      expect(statistics.totals.journalists).toEqual(expectedJournalists({ period }))
    },
  )

  it('gives an agency publisher their own agency, and the same figures the manager gets for it', async () => {
    const period = PERIODS[0]
    const own = await statisticsAs({ token: tokens.publisherA!, query: period })
    expect(own.agencies.map((block) => block.agency.code)).toEqual(['stat-a'])
    const managers = await statisticsAs({
      token: tokens.manager!,
      query: { ...period, agency: 'stat-a' },
    })
    expect(own.agencies).toEqual(managers.agencies)
    expect(own.totals.items).toEqual(expectedItems({ period, agency: 'A' }))
    const viewer = await statisticsAs({
      token: tokens.viewerA!,
      query: { ...period, agency: 'stat-a' },
    })
    expect(viewer.agencies[0]!.items).toEqual(expectedItems({ period, agency: 'A' }))
  })

  it('refuses another agency to agency staff (403), journalists (403) and anonymous readers (401)', async () => {
    const query = { from: '2025-01-01', to: '2025-06-30', agency: 'stat-b' }
    expect((await request({ token: tokens.publisherA, query })).status).toBe(403)
    expect((await request({ token: tokens.journalist, query })).status).toBe(403)
    expect((await request({ query })).status).toBe(401)
    const admin = await statisticsAs({ token: tokens.admin!, query })
    expect(admin.agencies.map((block) => block.agency.code)).toEqual(['stat-b'])
  })

  it.each([
    [{ to: '2025-06-30' }, 'from'],
    [{ from: '2025-02-30', to: '2025-06-30' }, 'from'],
    [{ from: '2025-07-01', to: '2025-06-30' }, 'to'],
    [{ from: '2025-01-01', to: '2025-06-30', agency: 'no-such-agency' }, 'agency'],
    [{ from: '2025-01-01', to: '2025-06-30', agency: 'bad code!' }, 'agency'],
  ])('answers %j with a translated 400 naming %s', async (query, name) => {
    const response = await request({ token: tokens.manager, query, language: 'vi' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]!.message).toContain(`“${name}”`)
  })

  // — the test's own counts —

  function inPeriod({ at, period }: { at: string | null | undefined; period: Period }): boolean {
    if (!at) return false
    const day = provinceDay({ at: new Date(at) })
    return day >= period.from && day <= period.to
  }

  function ofAgency<T>(
    agency: AgencyKey | undefined,
    list: readonly T[],
    agencyOf: (row: T) => AgencyKey,
  ): T[] {
    return list.filter((row) => agency === undefined || agencyOf(row) === agency)
  }

  function expectedItems({
    period,
    agency,
  }: {
    period: Period
    agency?: AgencyKey
  }): Statistics['totals']['items'] {
    const items = ofAgency(agency, ITEMS, (item) => item.agency)
    const supplied = (list: ItemFixture[]) =>
      list.filter((item) => inPeriod({ at: item.createdAt, period })).length
    const published = (list: ItemFixture[]) =>
      list.filter((item) => inPeriod({ at: item.published.vi, period })).length
    const pair = (list: ItemFixture[]) => ({ supplied: supplied(list), published: published(list) })
    return {
      supplied: supplied(items),
      published: published(items),
      withdrawn: items.filter((item) => inPeriod({ at: item.withdrawnAt, period })).length,
      byKind: Object.fromEntries(
        (['article', 'photo', 'video', 'publication'] as const).map((kind) => [
          kind,
          pair(items.filter((item) => item.kind === kind)),
        ]),
      ) as never,
      byInfoType: Object.fromEntries(
        (['official', 'promotional', 'world', 'clarification'] as const).map((infoType) => [
          infoType,
          pair(items.filter((item) => item.infoType === infoType)),
        ]),
      ) as never,
      byLocale: Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          items.filter((item) => inPeriod({ at: item.published[locale], period })).length,
        ]),
      ) as never,
    }
  }

  function expectedTranslations({
    period,
    agency,
  }: {
    period: Period
    agency?: AgencyKey
  }): Statistics['totals']['translations'] {
    const base = ofAgency(agency, ITEMS, (item) => item.agency).filter(
      (item) => inPeriod({ at: item.published.vi, period }) && item.live.length > 0,
    )
    return Object.fromEntries(
      LOCALES.map((locale) => {
        const live = base.filter((item) => item.live.includes(locale))
        const stale = live.filter((item) => item.stale.includes(locale)).length
        return [
          locale,
          { published: live.length - stale, stale, missing: base.length - live.length },
        ]
      }),
    ) as never
  }

  function expectedPushes({
    period,
    agency,
  }: {
    period: Period
    agency?: AgencyKey
  }): Statistics['totals']['pushes'] {
    const pushes = ofAgency(agency, DELIVERIES, (push) => itemFixture(push.item).agency).filter(
      (push) => inPeriod({ at: push.at, period }),
    )
    return TARGETS.map((target) => {
      const mine = pushes.filter((push) => push.target === target.key)
      const hours = mine
        .filter((push) => push.status === 'delivered' && push.receipt)
        .map((push) => (Date.parse(push.deliveredAt!) - Date.parse(push.publishedAt)) / 3_600_000)
        .sort((a, b) => a - b)
      const median =
        hours.length === 0
          ? null
          : (hours[Math.floor((hours.length - 1) / 2)]! +
              hours[Math.ceil((hours.length - 1) / 2)]!) /
            2
      return {
        target: { id: targetIds.get(target.key)!, key: target.key, name: target.name },
        delivered: mine.filter((push) => push.status === 'delivered').length,
        acknowledged: mine.filter((push) => push.status === 'delivered' && push.receipt).length,
        failed: mine.filter((push) => push.status === 'failed').length,
        medianHoursToAck: median === null ? null : Math.round(median * 100) / 100,
      }
    }).sort((a, b) => a.target.key.localeCompare(b.target.key))
  }

  function expectedDownloads({
    period,
    agency,
  }: {
    period: Period
    agency?: AgencyKey
  }): Statistics['totals']['downloads'] {
    const downloads = ofAgency(
      agency,
      DOWNLOADS,
      (download) => itemFixture(download.item).agency,
    ).filter((download) => inPeriod({ at: download.at, period }))
    const journalistOf = (key: string) => JOURNALISTS.find((journalist) => journalist.key === key)!
    return {
      total: downloads.length,
      byCountry: tally(downloads.map((download) => journalistOf(download.journalist).country)),
      byOutlet: tally(downloads.map((download) => journalistOf(download.journalist).outlet)),
      topItems: topOf(downloads.map((download) => download.item)),
    }
  }

  function expectedViews({
    period,
    agency,
  }: {
    period: Period
    agency?: AgencyKey
  }): Statistics['totals']['views'] {
    const views = ofAgency(agency, VIEWS, (view) => itemFixture(view.item).agency).filter((view) =>
      inPeriod({ at: view.at, period }),
    )
    const byDay = tally(views.map((view) => provinceDay({ at: new Date(view.at) })))
    return {
      total: views.length,
      topItems: topOf(views.map((view) => view.item)),
      byDay: Object.keys(byDay)
        .sort()
        .map((day) => ({ day, count: byDay[day]! })),
    }
  }

  function expectedJournalists({
    period,
  }: {
    period: Period
  }): Statistics['totals']['journalists'] {
    const registered = JOURNALISTS.filter((journalist) =>
      inPeriod({ at: journalist.createdAt, period }),
    )
    const accredited = JOURNALISTS.filter(
      (journalist) =>
        journalist.status === 'approved' && inPeriod({ at: journalist.decidedAt, period }),
    )
    const countries = [
      ...new Set([...registered, ...accredited].map((journalist) => journalist.country)),
    ]
    return {
      registered: registered.length,
      accredited: accredited.length,
      byCountry: Object.fromEntries(
        countries.map((country) => [
          country,
          {
            registered: registered.filter((journalist) => journalist.country === country).length,
            accredited: accredited.filter((journalist) => journalist.country === country).length,
          },
        ]),
      ),
    }
  }

  function topOf(itemKeys: string[]): Statistics['totals']['views']['topItems'] {
    return Object.entries(tally(itemKeys))
      .map(([key, count]) => ({ ...itemRef(key), count, title: titleOf(key) }))
      .sort((a, b) => b.count - a.count || a.collection.localeCompare(b.collection) || a.id - b.id)
      .map(({ collection, id, title, count }) => ({ collection, id, title, count }))
  }

  // — writing the data —

  const targetIds = new Map<string, number>()

  function itemFixture(key: string): ItemFixture {
    return ITEMS.find((item) => item.key === key)!
  }

  function itemRef(key: string): { collection: 'articles' | 'media'; id: number } {
    return { collection: itemFixture(key).collection, id: ids.get(key)! } as never
  }

  function titleOf(key: string): string {
    // The titles the suite writes: A1's Vietnamese source was edited once (makeStale).
    return key === 'A1' ? 'A1 (sửa)' : key
  }

  async function createItem({ item }: { item: ItemFixture }): Promise<number> {
    const agency = agencies[item.agency]
    if (item.collection === 'media') {
      const media = (await app.payload.db.create({
        collection: slugs.media,
        data: {
          displayTitle: { vi: item.key },
          kind: item.kind === 'photo' ? 'image' : item.kind === 'video' ? 'video' : 'document',
          agency,
          accessTier: 'public',
          classification: 'unclassified',
          filename: `${item.key.toLowerCase()}.bin`,
          licence: 'editorial-use',
          modelRelease: 'not-applicable',
          workflowState: item.published.vi ? 'published' : 'draft',
          _status: item.published.vi ? 'published' : 'draft',
          publishedLocales: item.published.vi ? ['vi'] : [],
          sourceRevision: 1,
          transitions: item.published.vi
            ? [
                {
                  id: randomUUID().replaceAll('-', '').slice(0, 24),
                  action: 'publish',
                  locale: 'vi',
                  from: 'draft',
                  to: 'published',
                  at: item.published.vi,
                },
              ]
            : [],
        },
      })) as { id: number }
      return media.id
    }
    if (!item.published.vi) {
      const draft = await app.payload.create({
        collection: slugs.articles,
        data: {
          title: item.key,
          infoType: item.infoType!,
          agency,
          accessTier: 'public',
          classification: 'unclassified',
          _status: 'draft',
        },
        draft: true,
      })
      return draft.id
    }
    const article = await createPublishedArticle({
      app,
      agency,
      title: item.key,
      infoType: item.infoType!,
    })
    const publisher = tokens[`publisher${item.agency}`]!
    for (const locale of Object.keys(item.published).filter((locale) => locale !== 'vi')) {
      await writeArticle({
        app,
        token: publisher,
        id: article.id,
        locale,
        title: `${item.key} ${locale}`,
      })
      for (const action of ['submit', 'approve', 'publish'])
        await takeArticleStep({ app, token: publisher, id: article.id, action, locale })
    }
    if (item.withdrawnAt)
      await takeArticleStep({
        app,
        token: publisher,
        id: article.id,
        action: 'withdraw',
        reason: 'Thử nghiệm',
      })
    return article.id
  }

  /** Edits and republishes the Vietnamese source: the live English translation becomes stale. */
  async function makeStale({ id }: { id: number }): Promise<void> {
    const response = await app.rest.request('PATCH', `/${slugs.articles}/${id}?locale=vi`, {
      token: tokens.publisherA,
      body: { title: 'A1 (sửa)', _status: 'published' },
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }

  async function writePushes(): Promise<void> {
    for (const target of TARGETS) {
      const created = (await app.payload.db.create({
        collection: slugs.syndicationTargets,
        data: {
          ...target,
          kind: 'generic',
          url: `https://${target.key}.example/push`,
          secret: 'bi-mat-thu-nghiem-cua-bo-dem',
          enabled: false,
        },
      })) as { id: number }
      targetIds.set(target.key, created.id)
    }
    for (const push of DELIVERIES) {
      const item = itemRef(push.item)
      const event = (await app.payload.db.create({
        collection: 'sync-events',
        data: {
          kind: 'upsert',
          itemCollection: item.collection,
          itemId: String(item.id),
          locale: 'vi',
          uri: `urn:test:${push.item}`,
          version: 1,
          ninjs: {},
          createdAt: push.publishedAt,
          updatedAt: push.publishedAt,
        },
      })) as { id: number }
      await app.payload.db.create({
        collection: slugs.deliveries,
        data: {
          target: targetIds.get(push.target),
          event: event.id,
          itemCollection: item.collection,
          itemId: String(item.id),
          uri: `urn:test:${push.item}`,
          version: 1,
          kind: 'upsert',
          status: push.status,
          attempts: 1,
          receiptId: push.receipt,
          deliveredAt: push.deliveredAt,
          createdAt: push.at,
          updatedAt: push.at,
        },
      })
    }
  }

  async function writeJournalistsAndDownloads(): Promise<void> {
    const journalistIds = new Map<string, number>()
    for (const journalist of JOURNALISTS) {
      const created = (await app.payload.db.create({
        collection: slugs.journalists,
        data: {
          email: `${journalist.key.toLowerCase()}@press.stat.test`,
          name: journalist.key,
          outlet: journalist.outlet,
          country: journalist.country,
          preferredLanguage: 'en',
          accreditationStatus: journalist.status,
          accreditationDecidedAt: journalist.decidedAt,
          _verified: true,
          createdAt: journalist.createdAt,
          updatedAt: journalist.createdAt,
        },
      })) as { id: number }
      journalistIds.set(journalist.key, created.id)
    }
    for (const download of DOWNLOADS) {
      await app.payload.db.create({
        collection: slugs.mediaDownloads,
        data: {
          journalist: journalistIds.get(download.journalist),
          media: ids.get(download.item),
          itemTitle: download.item,
          variant: 'original',
          createdAt: download.at,
          updatedAt: download.at,
        },
      })
    }
  }

  async function request({
    token,
    query,
    language = 'en',
  }: {
    token?: string
    query: Record<string, string>
    language?: string
  }): Promise<Response> {
    return app.rest.request('GET', `/reports/statistics?${new URLSearchParams(query).toString()}`, {
      token,
      headers: { 'Accept-Language': language },
    })
  }

  async function statisticsAs({
    token,
    query,
  }: {
    token: string
    query: Record<string, string>
  }): Promise<Statistics> {
    const response = await request({ token, query })
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as Statistics
  }
})

type Period = { from: string; to: string }

function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1
  return counts
}
