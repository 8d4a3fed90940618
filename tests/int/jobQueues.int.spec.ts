import fs from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { releaseAbandonedJobs } from '../../src/jobs/jobLeases'
import { publishDueItems } from '../../src/jobs/publishDueItems'
import { MEDIA_QUEUE, TRANSCODE_VIDEO_TASK } from '../../src/media/video/transcodeVideoTask'
import { getSearchIndex } from '../../src/search/getSearchIndex'
import { getEnv } from '../../src/env'
import { SEARCH_QUEUE, SYNC_ITEM_TASK } from '../../src/search/sync/searchTasks'
import { seed } from '../../src/seed'
import { createAgency } from '../helpers/accounts'
import { createPublishedArticle, createScheduledArticle } from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'

/** A lease this short is renewed every 250 ms; the tests wait several leases. */
const LEASE_MS = 1000

type JobRow = {
  id: number
  processing: boolean
  updatedAt: string
  totalTried?: number
  hasError?: boolean
  input: { collection?: string; id?: string }
}

describe('the jobs queue: leases on running jobs, one waiting search sync per item', () => {
  let app: TestApp
  let agency: number

  async function jobs(where: Where = {}): Promise<JobRow[]> {
    const { docs } = await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, where] },
      pagination: false,
      depth: 0,
    })
    return docs as unknown as JobRow[]
  }

  async function syncJobsOf(id: number): Promise<JobRow[]> {
    return (await jobs({ taskSlug: { equals: SYNC_ITEM_TASK } })).filter(
      (job) => job.input.id === String(id),
    )
  }

  async function indexedDocumentsOf(id: number): Promise<string[]> {
    const index = getSearchIndex({ env: getEnv(), logger: app.payload.logger })
    const ids: string[] = []
    for await (const ref of index.listDocuments()) {
      if (ref.itemKey === `articles-${id}`) ids.push(ref.id)
    }
    return ids
  }

  async function markRunning({ id, leaseAgeMs }: { id: number; leaseAgeMs: number }) {
    await app.payload.db.updateJobs({
      id,
      data: { processing: true, updatedAt: new Date(Date.now() - leaseAgeMs).toISOString() },
      req: {},
    })
  }

  beforeAll(async () => {
    app = await startPayload({ env: { JOBS_LEASE_SECONDS: String(LEASE_MS / 1000) } })
    agency = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu' })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('hands back a job whose process stopped renewing its lease, and leaves a live one alone', async () => {
    const article = await createPublishedArticle({ app, agency, title: 'Hội nghị xúc tiến' })
    const [job] = await syncJobsOf(article.id)
    // What a killed process leaves: the job marked running, its lease long gone.
    await markRunning({ id: job!.id, leaseAgeMs: 10 * LEASE_MS })
    expect((await app.payload.jobs.run({ queue: SEARCH_QUEUE })).noJobsRemaining).toBe(true)
    expect(await releaseAbandonedJobs({ payload: app.payload, leaseMs: LEASE_MS })).toBe(1)
    const [released] = await syncJobsOf(article.id)
    expect(released).toMatchObject({ processing: false, totalTried: 1 })

    // A job another, live, process is running: its lease is fresh.
    await markRunning({ id: job!.id, leaseAgeMs: 0 })
    expect(await releaseAbandonedJobs({ payload: app.payload, leaseMs: LEASE_MS })).toBe(0)
    await markRunning({ id: job!.id, leaseAgeMs: 10 * LEASE_MS })
    await releaseAbandonedJobs({ payload: app.payload, leaseMs: LEASE_MS })
    await app.payload.jobs.run({ queue: SEARCH_QUEUE })
    expect(await syncJobsOf(article.id)).toEqual([])
    expect(await indexedDocumentsOf(article.id)).toEqual([`articles-${article.id}-vi`])
  })

  it('renews the lease of a job it is running for as long as it runs', async () => {
    const article = await createPublishedArticle({ app, agency, title: 'Lễ hội pháo hoa' })
    // Another process writing the index holds its lock: the sync waits for it.
    const lock = path.join(app.dir, 'data', 'search', 'lock')
    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, at: Date.now() }))
    const running = app.payload.jobs.run({ queue: SEARCH_QUEUE })
    try {
      await new Promise((resolve) => setTimeout(resolve, 4 * LEASE_MS))
      const [job] = await syncJobsOf(article.id)
      expect(job?.processing).toBe(true)
      expect(Date.now() - Date.parse(job!.updatedAt)).toBeLessThan(LEASE_MS)
      expect(await releaseAbandonedJobs({ payload: app.payload, leaseMs: LEASE_MS })).toBe(0)
    } finally {
      await fs.rm(lock, { force: true })
    }
    await running
    expect(await syncJobsOf(article.id)).toEqual([])
  })

  it('fails a job whose processes keep dying under it, instead of running it for ever', async () => {
    const article = await createPublishedArticle({ app, agency, title: 'Bản tin thử' })
    const [job] = await syncJobsOf(article.id)
    // The sync's 8 retries and 2 more runs; the next abandonment is one too many.
    await app.payload.db.updateJobs({ id: job!.id, data: { totalTried: 10 }, req: {} })
    await markRunning({ id: job!.id, leaseAgeMs: 10 * LEASE_MS })
    expect(await releaseAbandonedJobs({ payload: app.payload, leaseMs: LEASE_MS })).toBe(1)
    const [failed] = await syncJobsOf(article.id)
    expect(failed).toMatchObject({ processing: false, hasError: true })
    await app.payload.db.deleteMany({
      collection: 'payload-jobs',
      where: { id: { equals: job!.id } },
      req: {},
    })
  })

  it('keeps one waiting search sync per item however often it is saved, which indexes its latest text', async () => {
    const article = await createPublishedArticle({ app, agency, title: 'Bản nháp 0' })
    for (let edit = 1; edit <= 5; edit += 1) {
      await app.payload.update({
        collection: slugs.articles,
        id: article.id,
        data: { title: `Phiên bản ${edit} hội chợ` },
      })
    }
    expect(await syncJobsOf(article.id)).toHaveLength(1)

    // One already running is not replaced: the save after it needs a run of its own.
    await markRunning({ id: (await syncJobsOf(article.id))[0]!.id, leaseAgeMs: 0 })
    await app.payload.update({
      collection: slugs.articles,
      id: article.id,
      data: { title: 'Phiên bản cuối hội chợ' },
    })
    const waiting = await syncJobsOf(article.id)
    expect(waiting.map((job) => job.processing).sort()).toEqual([false, true])
    await app.payload.db.deleteMany({
      collection: 'payload-jobs',
      where: { id: { equals: waiting.find((job) => job.processing)!.id } },
      req: {},
    })
    await app.payload.jobs.run({ queue: SEARCH_QUEUE })
    expect(await indexedDocumentsOf(article.id)).toEqual([`articles-${article.id}-vi`])
    const response = await app.rest.request('GET', '/library/search?q=cu%E1%BB%91i&lang=vi')
    const { hits } = (await response.json()) as { hits: Array<{ itemId: string; title: string }> }
    expect(hits.filter((hit) => hit.itemId === String(article.id))).toMatchObject([
      { title: 'Phiên bản cuối hội chợ' },
    ])
  })

  it('publishes a scheduled item once when two processes sweep at the same moment', async () => {
    const id = await createScheduledArticle({
      app,
      agency,
      title: 'Tin hẹn giờ quét hai lần',
      publishAt: new Date(),
    })
    // The web process's catch-up at start and the worker's sweep, overlapping.
    const now = new Date()
    const sweeps = await Promise.all([
      publishDueItems({ payload: app.payload, now }),
      publishDueItems({ payload: app.payload, now }),
    ])
    expect(sweeps.map((sweep) => sweep.published).sort()).toEqual([0, 1])
    expect(sweeps.map((sweep) => sweep.failed)).toEqual([0, 0])
    const versions = await app.payload.findVersions({
      collection: slugs.articles,
      where: {
        and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
      },
    })
    expect(versions.totalDocs).toBe(1)
    const audit = await app.payload.count({
      collection: slugs.auditLog,
      where: {
        and: [{ targetId: { equals: String(id) } }, { action: { equals: 'publish' } }],
      },
    })
    expect(audit.totalDocs).toBe(1)
  })

  it('removes what a transcode cut off by a crash left behind, even when its video is gone since', async () => {
    const workDir = path.join(app.dir, 'data', 'transcode')
    await fs.mkdir(workDir, { recursive: true })
    await fs.writeFile(path.join(workDir, 'source-da-xoa.mp4'), 'half a copy')
    await fs.writeFile(path.join(workDir, 'da-xoa-web.mp4.partial'), 'half a transcode')
    await app.payload.jobs.queue({
      task: TRANSCODE_VIDEO_TASK,
      queue: MEDIA_QUEUE,
      input: { collection: slugs.media, id: '987654', filename: 'da-xoa.mp4' },
    })
    await app.payload.jobs.run({ queue: MEDIA_QUEUE })
    expect(await fs.readdir(workDir)).toEqual([])
  })

  it('leaves at most one waiting search sync per document after the demo seed', async () => {
    // Without the demo videos: filming them adds minutes and no search job of another kind.
    await seed({
      payload: app.payload,
      req: await createLocalReq({}, app.payload),
      demo: true,
      demoVideos: false,
    })
    const waiting = await jobs({ queue: { equals: SEARCH_QUEUE } })
    const keys = waiting.map((job) => `${job.input.collection}:${job.input.id}`)
    process.stdout.write(`RESULT jobQueues seedSearchJobs=${keys.length}\n`)
    expect(new Set(keys).size).toBe(keys.length)
  }, 180_000)
})
