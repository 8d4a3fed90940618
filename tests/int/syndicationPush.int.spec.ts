import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { DeliveriesBoardContent } from '../../src/components/admin/DeliveriesBoardContent'
import { listOpenDeliveries } from '../../src/syndication/openDeliveries'
import { SYNDICATION_QUEUE } from '../../src/syndication/push'
import { createAgency, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'

const SECRET = 'cong-thong-tin-tinh-khoa-ky-0123456789'
const ADMIN = { email: 'quan-tri@ttdn.test', password: 'mat-khau-quan-tri-1', name: 'Quản trị' }

type Received = {
  delivery: string
  event: string
  body: { uri: string; version: string; pubStatus: string }
}

/** A portal on 127.0.0.1 that checks each push's signature with its own copy of the secret. */
async function startReceiver({ secret }: { secret: string }) {
  const received: Received[] = []
  const seenDeliveries = new Set<string>()
  let isUp = true
  let rejected = 0
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (!isUp) {
        response.writeHead(503).end()
        return
      }
      const body = Buffer.concat(chunks)
      const expected = Buffer.from(
        `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
      )
      const signature = Buffer.from(String(request.headers['x-ttdn-signature'] ?? ''))
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
        rejected += 1
        response.writeHead(401).end()
        return
      }
      const delivery = String(request.headers['x-ttdn-delivery'])
      // The delivery id makes a repeated push harmless: it is acknowledged, not stored twice.
      if (!seenDeliveries.has(delivery)) {
        seenDeliveries.add(delivery)
        received.push({
          delivery,
          event: String(request.headers['x-ttdn-event']),
          body: JSON.parse(body.toString('utf8')) as Received['body'],
        })
      }
      response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ receipt: `receipt-${delivery}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/ttdn`,
    received,
    rejected: () => rejected,
    setUp: (value: boolean) => {
      isUp = value
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A bare HTTP server on 127.0.0.1 that counts the requests it gets. */
async function startServer({ handler }: { handler: RequestListener }) {
  let requests = 0
  const server = createServer((request, response) => {
    requests += 1
    handler(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/ttdn`,
    requests: () => requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

describe('signed pushes to syndication targets', () => {
  let app: TestApp
  let portal: Awaited<ReturnType<typeof startReceiver>>
  let impostor: Awaited<ReturnType<typeof startReceiver>>
  let agencyId: number
  let articleId: number

  /** Runs the push queue, taking every waiting retry as due now instead of waiting its back-off. */
  async function runPushes() {
    const { docs } = await app.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ queue: { equals: SYNDICATION_QUEUE } }, { completedAt: { exists: false } }],
      },
      limit: 100,
    })
    for (const job of docs) {
      await app.payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
    }
    await app.payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 100 })
  }

  async function firstFailedDelivery() {
    const { docs } = await app.payload.find({
      collection: slugs.deliveries,
      where: { status: { equals: 'failed' } },
      limit: 1,
    })
    return docs[0]!
  }

  async function deliveriesFor(target: number) {
    const { docs } = await app.payload.find({
      collection: slugs.deliveries,
      where: { target: { equals: target } },
      sort: 'id',
      limit: 100,
    })
    return docs
  }

  beforeAll(async () => {
    portal = await startReceiver({ secret: SECRET })
    impostor = await startReceiver({ secret: 'a-different-secret-0123456789abcdef' })
    // The receivers are on loopback, which a deployment must allow explicitly.
    app = await startPayload({ env: { PUSH_ALLOW_PRIVATE_NETWORKS: 'true' } })
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
  })

  afterAll(async () => {
    await app?.stop()
    await portal?.stop()
    await impostor?.stop()
  })

  it('pushes a published version, signed, and records the receipt', async () => {
    const target = await app.payload.create({
      collection: slugs.syndicationTargets,
      data: {
        name: 'Chuyên mục đối ngoại',
        kind: 'provincial-portal',
        url: portal.url,
        secret: SECRET,
        enabled: true,
      },
    })
    const article = await createPublishedArticle({
      app,
      agency: agencyId,
      title: 'Đồng Nai đón đoàn Hàn Quốc',
    })
    articleId = article.id
    await runPushes()
    expect(portal.received).toHaveLength(1)
    expect(portal.received[0]).toMatchObject({
      event: 'upsert',
      body: { version: '1', pubStatus: 'usable' },
    })
    expect(portal.received[0]?.body.uri).toMatch(new RegExp(`:articles:${article.id}:vi$`))
    const [delivery] = await deliveriesFor(target.id)
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      receiptId: `receipt-${delivery!.id}`,
    })
  })

  it('delivers each version exactly once to a receiver that was down for a while', async () => {
    portal.setUp(false)
    await app.payload.update({
      collection: slugs.articles,
      id: articleId,
      data: { title: 'Đồng Nai đón đoàn doanh nghiệp Hàn Quốc' },
    })
    await runPushes()
    const pending = (
      await deliveriesFor(
        (await app.payload.find({ collection: slugs.syndicationTargets, limit: 1 })).docs[0]!.id,
      )
    ).at(-1)
    expect(pending).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 503 })

    await runPushes()
    portal.setUp(true)
    await runPushes()
    await runPushes()
    const versions = portal.received.map((entry) => entry.body.version)
    expect(versions).toEqual(['1', '2'])
    const last = (
      await deliveriesFor(
        typeof pending!.target === 'object' ? pending!.target.id : pending!.target,
      )
    ).at(-1)
    expect(last).toMatchObject({ status: 'delivered', lastStatusCode: 200 })
    expect(last?.attempts).toBeGreaterThanOrEqual(3)
  })

  it('delivers a withdrawal as a canceled tombstone and records that the portal acknowledged it', async () => {
    await app.payload.update({
      collection: slugs.articles,
      id: articleId,
      data: { withdrawnAt: new Date().toISOString(), withdrawalReason: 'Đính chính số liệu' },
    })
    await runPushes()
    expect(portal.received.at(-1)).toMatchObject({
      event: 'tombstone',
      body: { version: '3', pubStatus: 'canceled' },
    })
    const deliveries = await app.payload.find({
      collection: slugs.deliveries,
      where: { kind: { equals: 'tombstone' } },
    })
    expect(deliveries.docs[0]?.status).toBe('delivered')
    expect(deliveries.docs[0]?.receiptId).toMatch(/^receipt-/)
  })

  it('is refused by a receiver whose secret does not match, which is how a forged push is caught', async () => {
    const wrong = await app.payload.create({
      collection: slugs.syndicationTargets,
      data: {
        name: 'vietnam.vn',
        kind: 'vietnam-vn',
        url: impostor.url,
        secret: SECRET,
        enabled: true,
        // Signing is the subject here; the department's approval has its own suite.
        requiresDepartmentApproval: false,
      },
    })
    await createPublishedArticle({
      app,
      agency: agencyId,
      title: 'Lễ hội trái cây Long Khánh',
      infoType: 'promotional',
    })
    await runPushes()
    expect(impostor.received).toHaveLength(0)
    expect(impostor.rejected()).toBeGreaterThan(0)
    expect((await deliveriesFor(wrong.id))[0]).toMatchObject({
      status: 'failed',
      lastStatusCode: 401,
    })
  })

  it('lets an admin queue a failed delivery again at once, and no one else', async () => {
    const { token: admin } = await signInStaff({
      app,
      ...ADMIN,
      roles: ['admin'],
      agency: agencyId,
    })
    const { token: viewer } = await signInStaff({
      app,
      email: 'xem@ttdn.test',
      roles: ['viewer'],
      agency: agencyId,
    })
    const failed = await firstFailedDelivery()
    const refused = await app.rest.request('POST', `/${slugs.deliveries}/${failed.id}/retry`, {
      token: viewer,
    })
    expect(refused.status).toBe(403)
    const before = await app.payload.count({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
    })
    const retried = await app.rest.request('POST', `/${slugs.deliveries}/${failed.id}/retry`, {
      token: admin,
    })
    expect(retried.status).toBe(200)
    expect(await retried.json()).toMatchObject({ id: failed.id, queued: true })
    const after = await app.payload.count({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
    })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })

  describe('the deliveries board', () => {
    async function requestAs(email: string) {
      const { docs } = await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: email } },
        limit: 1,
      })
      return createLocalReq(
        { user: { ...docs[0]!, collection: slugs.users } as never },
        app.payload,
      )
    }

    it('lists what a target has not acknowledged, with attempts, the last answer and the next attempt', async () => {
      const admin = await requestAs('quan-tri@ttdn.test')
      // The manual retry queued above is due at once: no time to show yet.
      const due = await listOpenDeliveries({ req: admin })
      expect(due.groups[0]?.deliveries[0]).toMatchObject({ state: 'retrying', nextAttemptAt: null })
      // It fails again, and the queue schedules the next try after its back-off.
      await app.payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 100 })
      const board = await listOpenDeliveries({ req: admin })
      expect(board.groups.map((group) => group.target.name)).toEqual(['vietnam.vn'])
      const [retrying] = board.groups[0]!.deliveries
      expect(retrying).toMatchObject({
        state: 'retrying',
        itemTitle: 'Lễ hội trái cây Long Khánh',
        kind: 'upsert',
        version: 1,
        lastStatusCode: 401,
        lastError: 'HTTP 401',
      })
      expect(retrying!.attempts).toBeGreaterThanOrEqual(1)
      expect(Date.parse(retrying!.nextAttemptAt!)).toBeGreaterThan(Date.now())

      // The queue gives up on a run after its last retry: the board shows it as failed.
      const { docs: runs } = await app.payload.find({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false } },
        limit: 100,
      })
      for (const run of runs.filter(
        (job) => (job.input as { deliveryId?: string }).deliveryId === String(retrying!.id),
      )) {
        await app.payload.update({
          collection: 'payload-jobs',
          id: run.id,
          data: { hasError: true },
        })
      }
      const failed = await listOpenDeliveries({
        req: await requestAs('quan-tri@ttdn.test'),
        state: 'failed',
      })
      expect(failed.groups[0]?.deliveries.map((delivery) => [delivery.id, delivery.state])).toEqual(
        [[retrying!.id, 'failed']],
      )
      expect(failed.groups[0]?.deliveries[0]?.nextAttemptAt).toBeNull()
      expect(
        (
          await listOpenDeliveries({
            req: await requestAs('quan-tri@ttdn.test'),
            state: 'retrying',
          })
        ).groups,
      ).toEqual([])
    })

    it('shows them in the admin’s language, with a retry button for admins only', async () => {
      const board = await listOpenDeliveries({ req: await requestAs('quan-tri@ttdn.test') })
      const delivery = board.groups[0]!.deliveries[0]!
      const render = ({ mayRetry, language }: { mayRetry: boolean; language: string }) =>
        renderToStaticMarkup(
          createElement(DeliveriesBoardContent, {
            board: { ...board, mayRetry },
            filters: { state: 'failed' },
            language,
            now: new Date(),
          }),
        )
      const english = render({ mayRetry: true, language: 'en' })
      for (const text of [
        'Pushes a target has not acknowledged yet',
        'vietnam.vn',
        'Lễ hội trái cây Long Khánh',
        'Failed',
        'HTTP 401',
        'Retry now',
      ])
        expect(english).toContain(text)
      expect(english).toContain(
        `action="/api/${slugs.deliveries}/${delivery.id}/retry?returnTo=${encodeURIComponent('/admin/deliveries-board?state=failed')}"`,
      )
      const vietnamese = render({ mayRetry: false, language: 'vi' })
      expect(vietnamese).toContain('Các lần gửi tới nơi nhận chưa được xác nhận')
      expect(vietnamese).toContain('Đã dừng thử')
      expect(vietnamese).not.toContain('Gửi lại ngay')
    })

    it('is for admins and publishers only', async () => {
      await expect(
        listOpenDeliveries({ req: await requestAs('xem@ttdn.test') }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('sends the retry form back to the board, never to another site', async () => {
      const admin = await app.rest.login({ collection: slugs.users, ...ADMIN })
      const failed = await firstFailedDelivery()
      const retry = (returnTo: string) =>
        app.rest.request(
          'POST',
          `/${slugs.deliveries}/${failed.id}/retry?returnTo=${encodeURIComponent(returnTo)}`,
          { token: admin, headers: { Accept: 'text/html' } },
        )
      const back = await retry('/admin/deliveries-board?state=failed')
      expect(back.status).toBe(303)
      expect(new URL(back.headers.get('location')!).pathname).toBe('/admin/deliveries-board')
      expect(new URL(back.headers.get('location')!).search).toBe('?state=failed')
      for (const elsewhere of ['https://example.com/admin', '//example.com/admin', '/api/users']) {
        const response = await retry(elsewhere)
        const location = new URL(response.headers.get('location')!)
        expect(location.host).toBe('127.0.0.1:3000')
        expect(location.pathname).toBe(`/admin/collections/${slugs.deliveries}/${failed.id}`)
      }
    })
  })

  it('pushes only what a target selects, and a withdrawal to every target that had the item', async () => {
    const topic = await app.payload.create({
      collection: slugs.topics,
      data: { name: 'Đầu tư', slug: 'dau-tu' },
    })
    const filtered = await app.payload.create({
      collection: slugs.syndicationTargets,
      data: {
        name: 'Chỉ tin đầu tư chính thống',
        kind: 'generic',
        url: portal.url,
        secret: SECRET,
        topics: [topic.id],
        infoTypes: ['official'],
      },
    })
    const create = (title: string, infoType: 'official' | 'promotional') =>
      createPublishedArticle({
        app,
        agency: agencyId,
        title,
        infoType,
        data: { topics: [topic.id] },
      })
    const official = await create('Đồng Nai cấp phép dự án mới', 'official')
    await create('Đồng Nai mời gọi đầu tư', 'promotional')
    expect((await deliveriesFor(filtered.id)).map((delivery) => delivery.itemId)).toEqual([
      String(official.id),
    ])

    // The target stops taking official news, yet the withdrawal of one it had still reaches it.
    await app.payload.update({
      collection: slugs.syndicationTargets,
      id: filtered.id,
      data: { infoTypes: ['promotional'] },
    })
    await app.payload.update({
      collection: slugs.articles,
      id: official.id,
      data: { withdrawnAt: new Date().toISOString(), withdrawalReason: 'Sai số liệu' },
    })
    expect(
      (await deliveriesFor(filtered.id)).map((delivery) => [delivery.itemId, delivery.kind]),
    ).toEqual([
      [String(official.id), 'upsert'],
      [String(official.id), 'tombstone'],
    ])
  })
  describe('a hostile receiver', () => {
    async function pushOnceTo(url: string) {
      const target = await app.payload.create({
        collection: slugs.syndicationTargets,
        data: { name: `Nơi nhận ${url}`, kind: 'generic', url, secret: SECRET },
      })
      await createPublishedArticle({ app, agency: agencyId, title: 'Tin thử nơi nhận' })
      await app.payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 100 })
      // No further pushes to it from the tests after this one.
      await app.payload.update({
        collection: slugs.syndicationTargets,
        id: target.id,
        data: { enabled: false },
      })
      return (await deliveriesFor(target.id))[0]!
    }

    it('is not followed when it redirects: the 3xx fails the delivery and the other server hears nothing', async () => {
      const elsewhere = await startServer({
        handler: (_request, response) => response.writeHead(200).end('{"receipt":"stolen"}'),
      })
      const redirecting = await startServer({
        handler: (_request, response) => response.writeHead(307, { Location: elsewhere.url }).end(),
      })
      try {
        const delivery = await pushOnceTo(redirecting.url)
        expect(redirecting.requests()).toBe(1)
        expect(elsewhere.requests()).toBe(0)
        expect(delivery).toMatchObject({
          status: 'failed',
          lastStatusCode: 307,
          lastError: 'HTTP 307 (redirects are not followed)',
        })
        expect(delivery.receiptId ?? null).toBeNull()
      } finally {
        await redirecting.stop()
        await elsewhere.stop()
      }
    })

    it('cannot make the push read an endless answer, nor store a long receipt header', async () => {
      let sent = 0
      let closedAt = 0
      const flooding = await startServer({
        handler: (_request, response) => {
          response.writeHead(200, {
            'Content-Type': 'application/json',
            'X-Receipt-Id': 'r'.repeat(5000),
          })
          const chunk = Buffer.alloc(64 * 1024, 'a')
          const pour = () => {
            while (!response.destroyed && response.write(chunk)) sent += chunk.length
          }
          response.on('drain', pour)
          response.on('close', () => {
            closedAt = Date.now()
          })
          pour()
        },
      })
      try {
        const started = Date.now()
        const delivery = await pushOnceTo(flooding.url)
        // Answered at once, not after the 10 s timeout of a read that never ends.
        expect(Date.now() - started).toBeLessThan(5000)
        expect(delivery).toMatchObject({ status: 'delivered', lastStatusCode: 200 })
        expect(delivery.receiptId ?? null).toBeNull()
        await new Promise((resolve) => setTimeout(resolve, 100))
        expect(closedAt).toBeGreaterThan(0)
        // What the kernel buffers took before the push hung up, not the whole stream.
        expect(sent).toBeLessThan(32 * 2 ** 20)
      } finally {
        await flooding.stop()
      }
    })

    it('keeps a short printable receipt id and drops one with control characters', async () => {
      const receipts = ['nhan-123 ok', 'bad\u0007bell', 'x'.repeat(201)]
      const stored: Array<string | null> = []
      for (const receipt of receipts) {
        const server = await startServer({
          handler: (_request, response) =>
            response
              .writeHead(200, { 'Content-Type': 'application/json' })
              .end(JSON.stringify({ receipt })),
        })
        try {
          stored.push((await pushOnceTo(server.url)).receiptId ?? null)
        } finally {
          await server.stop()
        }
      }
      expect(stored).toEqual(['nhan-123 ok', null, null])
    })
  })
})
