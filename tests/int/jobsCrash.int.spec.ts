import fs from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { internalSlugs, slugs } from '../../collections/slugs'
import { getEnv } from '../../src/env'
import { getSearchIndex } from '../../src/search/getSearchIndex'
import { createAgency } from '../helpers/accounts'
import { startAppProcess, stopAllAppProcesses, type AppProcess } from '../helpers/appProcess'
import {
  approveForPublication,
  createPublishedArticle,
  createScheduledArticle,
} from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { waitFor } from '../helpers/waitFor'

/**
 * The real app in a child process, with its jobs runner on, killed (SIGKILL) in the middle of
 * jobs and started again on the same files. This process keeps a Payload of its own on the same
 * SQLite file, as `npm run worker` would, to set the stage and read the outcome.
 */

/** Short leases, so a dead process's jobs come back within seconds. */
const CHILD_ENV = {
  JOBS_AUTORUN: 'true',
  JOBS_LEASE_SECONDS: '2',
  PUSH_ALLOW_PRIVATE_NETWORKS: 'true',
}
/** Items the scheduled sweep publishes in one run: enough to be caught half-way. */
const SCHEDULED_ITEMS = 25

type Job = { id: number; taskSlug: string; processing: boolean; input: { id?: string } }

describe('jobs cut off by a crash resume and finish exactly once', () => {
  let app: TestApp
  let child: AppProcess | null = null
  let agency: number
  let portal: Awaited<ReturnType<typeof startHoldingReceiver>>

  async function startChild(): Promise<AppProcess> {
    child = await startAppProcess({
      dir: app.dir,
      // The same secret as this process's Payload: one deployment, two processes.
      env: { ...CHILD_ENV, PAYLOAD_SECRET: getEnv().payloadSecret },
    })
    return child
  }

  async function openJobs(taskSlug: string): Promise<Job[]> {
    const { docs } = await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: taskSlug } }, { completedAt: { exists: false } }] },
      pagination: false,
      depth: 0,
    })
    return docs as unknown as Job[]
  }

  async function count(collection: string, where: Record<string, unknown>): Promise<number> {
    return (await app.payload.count({ collection: collection as never, where: where as never }))
      .totalDocs
  }

  async function indexedDocumentsOf(key: string): Promise<string[]> {
    const index = getSearchIndex({ env: getEnv(), logger: app.payload.logger })
    const ids: string[] = []
    for await (const ref of index.listDocuments()) if (ref.itemKey === key) ids.push(ref.id)
    return ids
  }

  beforeAll(async () => {
    portal = await startHoldingReceiver()
    app = await startPayload({ env: { PUSH_ALLOW_PRIVATE_NETWORKS: 'true' } })
    agency = await createAgency({ app, name: 'Sở Ngoại vụ', code: 'so-ngoai-vu' })
    await app.payload.create({
      collection: slugs.syndicationTargets,
      data: {
        name: 'Cổng thông tin tỉnh',
        kind: 'provincial-portal',
        url: portal.url,
        secret: 'khoa-ky-cong-thong-tin-0123456789abcdef',
        enabled: true,
      },
    })
    // The index exists before another process takes its lock.
    await getSearchIndex({ env: getEnv(), logger: app.payload.logger }).open()
  })

  afterAll(async () => {
    await stopAllAppProcesses()
    await app?.stop()
    await portal?.stop()
  })

  it('a search sync and a push cut off mid-way are run again, once, after a restart', async () => {
    // Another process is writing the index (it holds its lock): the sync will wait inside.
    const lock = path.join(app.dir, 'data', 'search', 'lock')
    await fs.writeFile(lock, JSON.stringify({ pid: process.pid, at: Date.now() }))
    const searched = await createPublishedArticle({ app, agency, title: 'Lễ hội văn hoá Chăm' })

    const first = await startChild()
    await waitFor({
      what: 'the sync running and the push received, unanswered',
      until: async () =>
        (await openJobs('search-sync-item')).some((job) => job.processing) && portal.requests() > 0,
      output: first.output,
    })
    await first.kill()
    expect((await openJobs('search-sync-item')).map((job) => job.processing)).toEqual([true])
    expect((await openJobs('deliver-syndication')).map((job) => job.processing)).toEqual([true])
    await fs.rm(lock)
    portal.answer()

    const second = await startChild()
    await waitFor({
      what: 'both jobs run again and done',
      until: async () =>
        (await openJobs('search-sync-item')).length === 0 &&
        (await openJobs('deliver-syndication')).length === 0,
      output: second.output,
    })
    expect(await indexedDocumentsOf(`articles-${searched.id}`)).toEqual([
      `articles-${searched.id}-vi`,
    ])
    // At least once on the wire, exactly once at the receiver: the delivery id is the same.
    expect(portal.requests()).toBeGreaterThanOrEqual(2)
    expect(portal.accepted()).toHaveLength(1)
    const { docs } = await app.payload.find({ collection: slugs.deliveries, depth: 0 })
    expect(docs).toMatchObject([{ status: 'delivered' }])
    expect(portal.accepted()[0]).toBe(String(docs[0]!.id))
    await second.stop()
  }, 180_000)

  it('a scheduled publication sweep cut off mid-way publishes each item once, and the schedule goes on', async () => {
    const items: number[] = []
    for (let n = 0; n < SCHEDULED_ITEMS; n += 1)
      items.push(await createScheduledArticle({ app, agency, title: `Tin hẹn giờ số ${n}` }))
    const isPublished = (ids: number[]) =>
      count(slugs.articles, {
        and: [{ id: { in: ids } }, { workflowState: { equals: 'published' } }],
      })

    // Due once the app is up, so that its scheduled sweep publishes them, not its catch-up at start.
    const first = await startChild()
    const dueAt = new Date(Date.now() + 2000)
    for (const id of items) await approveForPublication({ app, id, publishAt: dueAt })
    await waitFor({
      what: 'the sweep half-way',
      until: async () =>
        (await openJobs('publish-due-items')).some((job) => job.processing) &&
        (await isPublished(items)) > 0,
      output: first.output,
      intervalMs: 20,
      timeoutMs: 150_000,
    })
    await first.kill()
    const cutOff = await isPublished(items)
    expect(cutOff).toBeLessThan(SCHEDULED_ITEMS)
    expect((await openJobs('publish-due-items')).map((job) => job.processing)).toEqual([true])

    const second = await startChild()
    // Due after the restart: only the schedule, stuck behind the dead sweep's job, can publish it.
    const later = await createScheduledArticle({
      app,
      agency,
      title: 'Tin hẹn giờ sau khi khởi động lại',
      publishAt: new Date(Date.now() + 2000),
    })
    await waitFor({
      what: 'every item published, the late one too',
      until: async () => (await isPublished([...items, later])) === SCHEDULED_ITEMS + 1,
      output: second.output,
      timeoutMs: 150_000,
    })
    await second.stop()
    for (const id of [...items, later]) {
      const versions = await app.payload.findVersions({
        collection: slugs.articles,
        where: {
          and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
        },
        depth: 0,
      })
      expect({ id, versions: versions.totalDocs }).toEqual({ id, versions: 1 })
      expect({
        id,
        changeLog: await count(internalSlugs.syncEvents, {
          and: [{ itemId: { equals: String(id) } }, { kind: { equals: 'upsert' } }],
        }),
        audit: await count(slugs.auditLog, {
          and: [{ targetId: { equals: String(id) } }, { action: { equals: 'publish' } }],
        }),
      }).toEqual({ id, changeLog: 1, audit: 1 })
    }
    // Its sweeps run on the minute: one to be caught half-way, one or two after the restart.
  }, 400_000)
})

/**
 * A portal on 127.0.0.1 that takes each push's delivery id once and, until told to answer,
 * holds the connection without answering: the pusher dies before it hears back, as a crash
 * after sending would leave it.
 */
async function startHoldingReceiver() {
  const accepted: string[] = []
  const held: ServerResponse[] = []
  let requests = 0
  let isAnswering = false
  const server = createServer((request, response) => {
    requests += 1
    request.resume()
    request.on('end', () => {
      const delivery = String(request.headers['x-ttdn-delivery'])
      if (!accepted.includes(delivery)) accepted.push(delivery)
      if (!isAnswering) {
        held.push(response)
        return
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"receipt":"ok"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ttdn`,
    requests: () => requests,
    accepted: () => [...accepted],
    answer: () => {
      isAnswering = true
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
