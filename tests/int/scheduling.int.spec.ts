import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { EDITORIAL_QUEUE } from '../../src/jobs'
import { approveForPublication } from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'

const MINUTE = 60_000

describe('scheduled publication and embargo lifts through the jobs queue', () => {
  let app: TestApp
  let agencyId: number

  async function article(data: Record<string, unknown>) {
    return app.payload.create({
      collection: slugs.articles,
      draft: data._status !== 'published',
      data: {
        title: 'Hội nghị xúc tiến đầu tư Đồng Nai 2026',
        infoType: 'official',
        agency: agencyId,
        accessTier: 'public',
        ...data,
      } as never,
    })
  }

  async function approve(id: number, publishAt: Date) {
    await approveForPublication({ app, id, publishAt })
  }

  /**
   * One tick of what `npm run worker` and the in-process runner do: let the task's schedule
   * queue the sweep, then run the queue. The schedule queues the sweep for the next whole
   * minute; the test takes that job as due now instead of waiting for the clock.
   */
  async function runQueue() {
    await app.payload.jobs.handleSchedules({ queue: EDITORIAL_QUEUE })
    const { docs: waiting } = await app.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'publish-due-items' } }, { completedAt: { exists: false } }],
      },
    })
    expect(waiting.length).toBeGreaterThan(0)
    expect(new Date(String(waiting[0]!.waitUntil)).getTime()).toBeLessThanOrEqual(
      Date.now() + 61_000,
    )
    for (const job of waiting) {
      await app.payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
    }
    return app.payload.jobs.run({ queue: EDITORIAL_QUEUE })
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = (
      await app.payload.create({
        collection: slugs.agencies,
        data: { name: 'Sở Tài chính', code: 'so-tai-chinh', kind: 'provincial-department' },
      })
    ).id
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('queues the sweep from its schedule and publishes an approved item whose time has come, missed ones included', async () => {
    const due = await article({ _status: 'draft' })
    await approve(due.id, new Date(Date.now() - 90 * MINUTE))
    const later = await article({ _status: 'draft', title: 'Tin hẹn giờ ngày mai' })
    await approve(later.id, new Date(Date.now() + 24 * 60 * MINUTE))
    const notApproved = await article({
      _status: 'draft',
      title: 'Bản nháp chưa duyệt',
      publishAt: new Date(Date.now() - MINUTE).toISOString(),
    })

    expect((await app.rest.request('GET', `/${slugs.articles}/${due.id}`)).status).toBe(404)
    const result = await runQueue()
    expect(Object.values(result.jobStatus ?? {}).map((status) => status.status)).toContain(
      'success',
    )

    const published = await app.rest.request('GET', `/${slugs.articles}/${due.id}`)
    expect(published.status).toBe(200)
    const stored = await app.payload.findByID({ collection: slugs.articles, id: due.id, depth: 0 })
    expect(stored).toMatchObject({
      workflowState: 'published',
      _status: 'published',
      publishedLocales: ['vi'],
    })
    expect(stored.transitions?.at(-1)).toMatchObject({
      action: 'publish',
      to: 'published',
      by: null,
    })

    expect((await app.rest.request('GET', `/${slugs.articles}/${later.id}`)).status).toBe(404)
    expect((await app.rest.request('GET', `/${slugs.articles}/${notApproved.id}`)).status).toBe(404)
  })

  it('lifts an ended embargo once, so downstream systems hear of it, and the public then reads the item', async () => {
    const embargoed = await article({
      _status: 'published',
      title: 'Công bố quy hoạch tỉnh',
      embargoUntil: new Date(Date.now() + 60 * MINUTE).toISOString(),
    })
    await runQueue()
    expect(
      (await app.payload.findByID({ collection: slugs.articles, id: embargoed.id }))
        .embargoLiftedAt ?? null,
    ).toBeNull()
    expect((await app.rest.request('GET', `/${slugs.articles}/${embargoed.id}`)).status).toBe(404)

    await app.payload.update({
      collection: slugs.articles,
      id: embargoed.id,
      data: { embargoUntil: new Date(Date.now() - MINUTE).toISOString() },
    })
    expect((await app.rest.request('GET', `/${slugs.articles}/${embargoed.id}`)).status).toBe(200)
    await runQueue()
    const lifted = await app.payload.findByID({ collection: slugs.articles, id: embargoed.id })
    expect(lifted.embargoLiftedAt).toBeTruthy()

    const liftedAt = lifted.embargoLiftedAt
    await runQueue()
    expect(
      (await app.payload.findByID({ collection: slugs.articles, id: embargoed.id }))
        .embargoLiftedAt,
    ).toBe(liftedAt)
  })

  it('does not let a plain update forge the schedule’s record', async () => {
    const item = await article({ _status: 'draft', title: 'Thử ghi đè' })
    await app.payload.update({
      collection: slugs.articles,
      id: item.id,
      draft: true,
      data: { workflowState: 'published', embargoLiftedAt: new Date().toISOString() } as never,
    })
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: item.id,
      draft: true,
    })
    expect(stored.workflowState).toBe('draft')
    expect(stored.embargoLiftedAt ?? null).toBeNull()
  })
})
