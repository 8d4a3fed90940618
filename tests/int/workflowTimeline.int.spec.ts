import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { publishDueItems } from '../../src/jobs/publishDueItems'
import { seed } from '../../src/seed'
import { demoArticles } from '../../src/seed/data/demoArticles'
import { demoArticleSlug } from '../../src/seed/demo'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'mat-khau-dong-thoi-gian-1'

type Entry = Record<string, unknown>

/**
 * What a timeline entry records, field by field: the kind of each value (`null`, `string`,
 * `number`), `at` and `version` checked for what they must be. `by` and `reason` say who took
 * the step and why, which legitimately differ between a publisher and the system.
 */
function shapeOf(entry: Entry): Record<string, string> {
  const { id: _rowId, by: _by, reason: _reason, ...rest } = entry
  return Object.fromEntries(
    Object.entries(rest).map(([name, value]) => [name, value === null ? 'null' : typeof value]),
  )
}

describe('every path that takes a workflow step records the same timeline entry', () => {
  let app: TestApp
  let agencyId: number
  let publisherId: number
  let token: string

  beforeAll(async () => {
    app = await startPayload()
    const req = await createLocalReq({}, app.payload)
    // The seed path: the demo library, published and withdrawn as the seed does it.
    await seed({ payload: app.payload, req, demo: true })
    agencyId = (await app.payload.find({ collection: slugs.agencies, limit: 1, depth: 0 })).docs[0]!
      .id
    const email = 'bien-tap@ttdn.test'
    publisherId = (
      await app.payload.create({
        collection: slugs.users,
        data: {
          email,
          password: PASSWORD,
          name: 'Biên tập viên',
          roles: ['publisher'],
          agency: agencyId,
        },
      })
    ).id
    token = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
    // The demo seed alone takes a minute or more on a busy two-core machine.
  }, 300_000)

  afterAll(async () => {
    await app?.stop()
  })

  async function draftArticle(title: string): Promise<number> {
    const created = await app.rest.request('POST', `/${slugs.articles}?draft=true&locale=vi`, {
      token,
      body: {
        title,
        infoType: 'official',
        accessTier: 'public',
        classification: 'unclassified',
        agency: agencyId,
      },
    })
    expect(created.status).toBe(201)
    return ((await created.json()) as { doc: { id: number } }).doc.id
  }

  async function step(id: number, body: Record<string, unknown>): Promise<void> {
    const response = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token,
      body,
    })
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
  }

  async function timeline(id: number): Promise<Entry[]> {
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id,
      draft: true,
      depth: 0,
    })
    return (stored.transitions ?? []) as unknown as Entry[]
  }

  function find(entries: Entry[], action: string, locale: string): Entry {
    const entry = entries.find(
      (candidate) => candidate.action === action && candidate.locale === locale,
    )
    expect(entry, `${action}:${locale} in ${JSON.stringify(entries)}`).toBeDefined()
    return entry!
  }

  /** The entry names a version of the item that exists. */
  async function expectRealVersion(id: number, entry: Entry): Promise<void> {
    expect(typeof entry.version, JSON.stringify(entry)).toBe('string')
    const { docs } = await app.payload.findVersions({
      collection: slugs.articles,
      where: { and: [{ parent: { equals: id } }, { id: { equals: entry.version } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
  }

  async function seededArticle(key: string): Promise<number> {
    const article = demoArticles.find((candidate) => candidate.key === key)
    const { docs } = await app.payload.find({
      collection: slugs.articles,
      where: { slug: { equals: demoArticleSlug({ article: article! }) } },
      locale: 'vi',
      depth: 0,
      limit: 1,
    })
    return docs[0]!.id
  }

  it('a publication of the Vietnamese text: through the endpoint, the scheduler and the seed', async () => {
    const viaEndpoint = await draftArticle('Tỉnh công bố danh mục dự án kêu gọi đầu tư')
    await step(viaEndpoint, { action: 'publish' })

    const viaScheduler = await draftArticle('Lễ hội trái cây Long Khánh hẹn giờ đăng')
    await app.payload.update({
      collection: slugs.articles,
      id: viaScheduler,
      data: { workflowState: 'approved', publishAt: new Date(Date.now() - 60_000).toISOString() },
      context: { workflowTransition: true },
      draft: true,
    })
    expect((await publishDueItems({ payload: app.payload, now: new Date() })).published).toBe(1)

    const viaSeed = await seededArticle(
      demoArticles.find((article) => article.status === 'published')!.key,
    )

    const endpoint = find(await timeline(viaEndpoint), 'publish', 'vi')
    const scheduler = find(await timeline(viaScheduler), 'publish', 'vi')
    const seeded = find(await timeline(viaSeed), 'publish', 'vi')
    expect(Object.keys(scheduler).sort()).toEqual(Object.keys(endpoint).sort())
    expect(Object.keys(seeded).sort()).toEqual(Object.keys(endpoint).sort())
    expect(shapeOf(scheduler)).toEqual(shapeOf(endpoint))
    expect(shapeOf(seeded)).toEqual(shapeOf(endpoint))
    expect(shapeOf(endpoint)).toMatchObject({
      action: 'string',
      locale: 'string',
      from: 'string',
      to: 'string',
      at: 'string',
      sourceRevision: 'number',
      version: 'string',
    })
    await expectRealVersion(viaEndpoint, endpoint)
    await expectRealVersion(viaScheduler, scheduler)
    await expectRealVersion(viaSeed, seeded)
    expect(endpoint.by).toBe(publisherId)
    expect(scheduler.by).toBeNull()
    expect(seeded.by).toBeNull()
  })

  it('a translation going live, and a withdrawal: through the endpoint and the seed', async () => {
    const id = await draftArticle('Đồng Nai đón đoàn doanh nghiệp Hàn Quốc')
    await step(id, { action: 'publish' })
    const translated = await app.rest.request(
      'PATCH',
      `/${slugs.articles}/${id}?draft=true&locale=en`,
      { token, body: { title: 'Dong Nai welcomes a Korean business delegation' } },
    )
    expect(translated.status).toBe(200)
    for (const action of ['submit', 'approve', 'publish']) await step(id, { action, locale: 'en' })
    await step(id, { action: 'withdraw', reason: 'Thông tin đã cũ' })
    const endpoint = await timeline(id)

    const withTranslation = demoArticles.find(
      (article) => article.status === 'published' && !article.withdrawalReason && article.text.en,
    )!
    const withdrawn = demoArticles.find((article) => article.withdrawalReason)!
    const seededTranslation = find(
      await timeline(await seededArticle(withTranslation.key)),
      'publish',
      'en',
    )
    const seededWithdrawal = find(
      await timeline(await seededArticle(withdrawn.key)),
      'withdraw',
      'vi',
    )

    expect(shapeOf(seededTranslation)).toEqual(shapeOf(find(endpoint, 'publish', 'en')))
    expect(shapeOf(seededWithdrawal)).toEqual(shapeOf(find(endpoint, 'withdraw', 'vi')))
    expect(shapeOf(seededTranslation)).toMatchObject({
      from: 'null',
      to: 'string',
      version: 'string',
    })
    expect(seededWithdrawal.reason).toBe(withdrawn.withdrawalReason)
  })
})
