import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { createLocalReq } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../../src/env'
import { publishDueItems } from '../../src/jobs/publishDueItems'
import { getSearchIndex } from '../../src/search/getSearchIndex'
import {
  checkDrift,
  reindex,
  reindexCheckpointFile,
  ReindexInterruptedError,
  type ReindexProgress,
} from '../../src/search/reindex/reindex'
import type { SearchIndex } from '../../src/search/SearchIndex'
import { SEARCH_QUEUE } from '../../src/search/sync/searchTasks'
import { seed } from '../../src/seed'
import { createAgency, signInJournalist, signInStaff } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

const run = promisify(execFile)
const MINUTE = 60_000

type SearchBody = { hits: Array<{ itemId: string; locale: string }>; total: number }

describe('keeping the search index in step with the content', () => {
  let app: TestApp
  let index: SearchIndex
  let agencyId: number
  let topicId: number
  let journalistToken: string

  async function search(query: Record<string, string>, token?: string): Promise<SearchBody> {
    const response = await app.rest.request(
      'GET',
      `/library/search?${new URLSearchParams(query).toString()}`,
      { token },
    )
    expect(response.status).toBe(200)
    return (await response.json()) as SearchBody
  }

  /** Runs the search queue, treating jobs that wait for a retry as due now. */
  async function syncSearch(): Promise<void> {
    await app.payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }] },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    for (let round = 0; round < 20; round += 1) {
      const { noJobsRemaining } = await app.payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
      if (noJobsRemaining) break
    }
  }

  async function article(data: Record<string, unknown>): Promise<number> {
    const doc = await app.payload.create({
      collection: slugs.articles,
      locale: 'vi',
      data: {
        infoType: 'official',
        agency: agencyId,
        topics: [topicId],
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
        ...data,
      } as never,
    })
    return doc.id
  }

  beforeAll(async () => {
    app = await startPayload()
    index = getSearchIndex({ env: getEnv(), logger: app.payload.logger })
    agencyId = await createAgency({
      app,
      name: 'Sở Ngoại vụ',
      code: 'so-ngoai-vu',
      kind: 'provincial-department',
    })
    topicId = (
      await app.payload.create({
        collection: slugs.topics,
        locale: 'vi',
        data: { name: 'Đối ngoại', slug: 'doi-ngoai' },
      })
    ).id
    await signInStaff({ app, email: 'admin@ttdn.test', name: 'Admin', roles: ['admin'] })
    const journalist = await signInJournalist({
      app,
      email: 'press@ttdn.test',
      data: { name: 'Kim Min-ji', outlet: 'Yonhap', preferredLanguage: 'ko', country: 'KR' },
    })
    journalistToken = journalist.token
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('reports the embedded index in the health check', async () => {
    const response = await app.rest.request('GET', '/health')
    expect(await response.json()).toMatchObject({ search: 'ok', backends: { search: 'embedded' } })
  })

  it('follows a tier change, a shortened embargo, the sweep that lifts it, a rename and a deletion', async () => {
    const id = await article({ title: 'Đoàn công tác Hàn Quốc thăm Nhơn Trạch' })
    await syncSearch()
    expect((await search({ q: 'Nhơn Trạch' })).total).toBe(1)

    await app.payload.update({ collection: slugs.articles, id, data: { accessTier: 'press' } })
    await syncSearch()
    expect((await search({ q: 'Nhơn Trạch' })).total).toBe(0)
    expect((await search({ q: 'Nhơn Trạch' }, journalistToken)).total).toBe(1)

    const embargoed = await article({
      title: 'Thông cáo về Cù lao Phố',
      embargoUntil: new Date(Date.now() + 60 * MINUTE).toISOString(),
    })
    await syncSearch()
    expect((await search({ q: 'Cù lao Phố' })).total).toBe(0)
    await app.payload.update({
      collection: slugs.articles,
      id: embargoed,
      data: { embargoUntil: new Date(Date.now() - MINUTE).toISOString() },
    })
    await syncSearch()
    expect((await search({ q: 'Cù lao Phố' })).total).toBe(1)
    // The sweep marks the lift, which queues a sync like any other save.
    await publishDueItems({ payload: app.payload, now: new Date() })
    const { totalDocs: queued } = await app.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }] },
    })
    expect(queued).toBeGreaterThan(0)
    await syncSearch()

    await app.payload.update({
      collection: slugs.topics,
      id: topicId,
      locale: 'vi',
      data: { name: 'Hợp tác quốc tế' },
    })
    await syncSearch()
    expect((await search({ q: 'hợp tác quốc tế' })).total).toBe(1)

    await app.payload.delete({ collection: slugs.articles, id: embargoed })
    await syncSearch()
    expect((await search({ q: 'Cù lao Phố' })).total).toBe(0)
    const ids: string[] = []
    for await (const document of index.listDocuments()) ids.push(document.itemKey)
    expect(ids).not.toContain(`${slugs.articles}-${embargoed}`)
  })

  it('serves a journalist’s saved search as RSS with their visibility, press items only while accredited', async () => {
    await article({ title: 'Lễ hội trái cây Long Khánh mở cửa đón khách' })
    await article({
      title: 'Lễ hội trái cây Long Khánh: tài liệu cho báo chí',
      accessTier: 'press',
    })
    await syncSearch()
    const saved = await app.rest.request('POST', `/${slugs.savedSearches}`, {
      token: journalistToken,
      body: { name: 'Long Khánh', query: 'q=l%E1%BB%85+h%E1%BB%99i+long+kh%C3%A1nh', locale: 'vi' },
    })
    expect(saved.status).toBe(201)
    const { feedToken } = ((await saved.json()) as { doc: { feedToken: string } }).doc
    const readFeed = async () => {
      const response = await app.rest.request('GET', `/library/saved-searches/${feedToken}/rss`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/rss+xml')
      return new Parser().parseString(await response.text())
    }
    const titles = (await readFeed()).items.map((item) => item.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Lễ hội trái cây Long Khánh mở cửa đón khách',
        'Lễ hội trái cây Long Khánh: tài liệu cho báo chí',
      ]),
    )

    // The accreditation lapses: the same feed narrows to public items at once.
    const { docs } = await app.payload.find({
      collection: slugs.journalists,
      where: { email: { equals: 'press@ttdn.test' } },
    })
    await app.payload.update({
      collection: slugs.journalists,
      id: docs[0]!.id,
      data: { accreditationStatus: 'revoked', decisionReason: 'Hết hạn thẻ nhà báo' },
    })
    const after = (await readFeed()).items.map((item) => item.title)
    expect(after).toContain('Lễ hội trái cây Long Khánh mở cửa đón khách')
    expect(after).not.toContain('Lễ hội trái cây Long Khánh: tài liệu cho báo chí')
    await app.payload.update({
      collection: slugs.journalists,
      id: docs[0]!.id,
      data: {
        accreditationStatus: 'approved',
        accreditationExpiresAt: new Date(Date.now() + 30 * 24 * 60 * MINUTE).toISOString(),
      },
    })

    const unknown = await app.rest.request(
      'GET',
      '/library/saved-searches/not-a-real-token-0123456789/rss',
    )
    expect(unknown.status).toBe(404)
  })

  it('saves content while the index is broken, and catches up when the retried job runs', async () => {
    const manifest = path.join(getEnv().dataDir, 'search', 'manifest.json')
    const saved = await fs.readFile(manifest)
    await fs.rm(manifest)
    await fs.mkdir(manifest)
    try {
      const id = await article({ title: 'Bến đò Bửu Long xưa' })
      await app.payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
      const [job] = (
        await app.payload.find({
          collection: 'payload-jobs',
          where: { queue: { equals: SEARCH_QUEUE } },
          sort: '-createdAt',
          limit: 1,
        })
      ).docs
      expect(job).toMatchObject({ input: { collection: slugs.articles, id: String(id) } })
      expect(job?.completedAt ?? null).toBeNull()
      expect(job?.totalTried).toBeGreaterThan(0)
    } finally {
      await fs.rm(manifest, { recursive: true })
      await fs.writeFile(manifest, saved)
    }
    await syncSearch()
    expect((await search({ q: 'Bửu Long' })).total).toBe(1)
  })

  it('rebuilds the demo library from the database with progress, resumes after an interruption, and then finds no drift', async () => {
    const req = await createLocalReq({}, app.payload)
    await seed({ payload: app.payload, req, demo: true })
    await index.clear()
    const before = await checkDrift({ payload: app.payload, index })
    expect(before.isInSync).toBe(false)
    expect(before.missing.length).toBeGreaterThan(5)

    const env = getEnv()
    const checkpointFile = reindexCheckpointFile({ dataDir: env.dataDir })
    const progress: ReindexProgress[] = []
    let batches = 0
    const options = { payload: app.payload, index, target: 'test', checkpointFile, batchSize: 3 }
    await expect(
      reindex({
        ...options,
        onProgress: (step) => progress.push(step),
        shouldStop: () => (batches += 1) > 2,
      }),
    ).rejects.toBeInstanceOf(ReindexInterruptedError)
    const checkpoint = JSON.parse(await fs.readFile(checkpointFile, 'utf8')) as { done: number }
    expect(checkpoint.done).toBe(6)

    const summary = await reindex({ ...options, onProgress: (step) => progress.push(step) })
    expect(summary.resumed).toBe(true)
    expect(summary.items).toBe(progress.at(-1)!.total)
    expect(progress.map((step) => step.done)).toEqual(
      [...progress.map((step) => step.done)].sort((a, b) => a - b),
    )
    await expect(fs.access(checkpointFile)).rejects.toThrow()
    const after = await checkDrift({ payload: app.payload, index })
    expect(after).toMatchObject({ isInSync: true, missing: [], extra: [], stale: [] })
    expect(after.counts.articles.database).toBe(after.counts.articles.index)
    // A whole rebuild of the demo library: minutes, not seconds, on a shared, loaded machine.
  }, 240_000)

  it('`npm run reindex -- --check` reports drift with its ids and exits 1, and `npm run reindex` repairs it', async () => {
    const [first] = (
      await app.payload.find({ collection: slugs.articles, limit: 1, depth: 0, sort: 'id' })
    ).docs
    await index.deleteItems({ itemKeys: [`${slugs.articles}-${first!.id}`] })
    await index.settle()

    const cli = (args: string[]) =>
      run(path.resolve('node_modules/.bin/tsx'), ['scripts/reindex.ts', ...args], {
        // The test database has its schema already; a second process must not push one.
        env: { ...process.env, NODE_OPTIONS: '--no-deprecation', PAYLOAD_MIGRATING: 'true' },
        timeout: 120_000,
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({
          code: error.code,
          stdout: error.stdout ?? '',
          stderr: error.stderr ?? '',
        }),
      )
    const drift = await cli(['--check'])
    expect(drift.code, drift.stderr).toBe(1)
    expect(drift.stdout).toContain(`missing: 1 — ${slugs.articles}-${first!.id}-vi`)

    const rebuilt = await cli([])
    expect(rebuilt.code, rebuilt.stderr).toBe(0)
    expect(rebuilt.stdout).toMatch(/Reindex \[#+\] 100%/)

    const clean = await cli(['--check'])
    expect(clean.code, clean.stderr).toBe(0)
    expect(clean.stdout).toContain('No drift.')
    // Three runs of the reindex command, each a fresh process booting Payload.
  }, 240_000)
})
