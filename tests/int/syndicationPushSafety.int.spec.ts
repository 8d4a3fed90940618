import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { SYNDICATION_QUEUE } from '../../src/syndication/push'
import { createAgency, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { startPayload, type TestApp } from '../helpers/startPayload'

const SECRET = 'khoa-ky-noi-nhan-0123456789abcdef'

/**
 * Push targets on a deployment that does not allow private networks (the default): a target
 * may not point the server at loopback, private, link-local (cloud metadata) or unique-local
 * addresses — refused when saved, and again when a push is sent, on the address connected to.
 */
describe('push targets may not reach private networks', () => {
  let app: TestApp
  let adminToken: string
  let agencyId: number

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const admin = await signInStaff({
      app,
      email: 'quan-tri@ttdn.test',
      roles: ['admin'],
      agency: agencyId,
    })
    adminToken = admin.token
  })

  afterAll(async () => {
    await app?.stop()
  })

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/ttdn',
    'http://172.16.0.5/ttdn',
    'http://192.168.1.10/ttdn',
    'http://100.64.0.1/ttdn',
    'http://127.0.0.1:8080/ttdn',
    'http://0.0.0.0/ttdn',
    'http://[::1]/ttdn',
    'http://[fd00::1]/ttdn',
    'http://[fe80::1]/ttdn',
    'http://[::ffff:10.0.0.1]/ttdn',
    'http://[::ffff:169.254.169.254]/ttdn',
    'http://localhost:8080/ttdn',
  ])('refuses to save a target at %s with a translated 400 on its URL', async (url) => {
    const before = await app.payload.count({ collection: slugs.syndicationTargets })
    for (const [language, message] of [
      ['en', 'leads to a private or local network'],
      ['vi', 'dẫn tới mạng nội bộ hoặc cục bộ'],
    ] as const) {
      const response = await app.rest.request('POST', `/${slugs.syndicationTargets}`, {
        token: adminToken,
        headers: { 'Accept-Language': language },
        body: { name: 'Nơi nhận nội bộ', kind: 'generic', url, secret: SECRET, enabled: false },
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as {
        errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
      }
      const fieldErrors = body.errors[0]?.data?.errors ?? []
      expect(fieldErrors.map((error) => error.path)).toEqual(['url'])
      expect(fieldErrors[0]?.message).toContain(message)
    }
    expect(await app.payload.count({ collection: slugs.syndicationTargets })).toEqual(before)
  })

  it('saves a target at a public address', async () => {
    // Disabled: nothing is ever sent to it; saving only classifies the literal address.
    const saved = await app.rest.request('POST', `/${slugs.syndicationTargets}`, {
      token: adminToken,
      body: {
        name: 'Cổng công khai',
        kind: 'generic',
        url: 'https://8.8.8.8/ttdn',
        secret: SECRET,
        enabled: false,
      },
    })
    expect(saved.status).toBe(201)
  })

  it('refuses at send time a target that reaches a private address, by literal or by name, without connecting', async () => {
    let connections = 0
    const server = createServer((_request, response) => {
      connections += 1
      response.writeHead(200).end('{"receipt":"internal"}')
    })
    server.on('connection', () => {
      connections += 1
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      // As if the address had been saved when its name pointed elsewhere (DNS rebinding), or
      // before this check existed: written past the field validation.
      const targets: Array<{ id: number }> = []
      for (const url of [`http://127.0.0.1:${port}/ttdn`, `http://localhost:${port}/ttdn`]) {
        const now = new Date().toISOString()
        targets.push(
          (await app.payload.db.create({
            collection: slugs.syndicationTargets,
            data: {
              name: `Nơi nhận ${url}`,
              key: `noi-nhan-${targets.length}`,
              kind: 'generic',
              url,
              secret: SECRET,
              enabled: true,
              createdAt: now,
              updatedAt: now,
            },
          })) as { id: number },
        )
      }
      await createPublishedArticle({ app, agency: agencyId, title: 'Tin gửi đi' })
      await app.payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 100 })
      for (const target of targets) {
        await app.payload.db.updateOne({
          collection: slugs.syndicationTargets,
          id: target.id,
          data: { enabled: false },
        })
      }
      const { docs } = await app.payload.find({
        collection: slugs.deliveries,
        where: { target: { in: targets.map((target) => target.id) } },
        sort: 'id',
        depth: 0,
      })
      expect(docs.map((delivery) => [delivery.status, delivery.lastStatusCode ?? null])).toEqual([
        ['failed', null],
        ['failed', null],
      ])
      const errorOf = (index: number) =>
        docs.find((delivery) => delivery.target === targets[index]!.id)?.lastError
      expect(errorOf(0)).toBe('Refused: 127.0.0.1 is not a public address')
      expect(errorOf(1)).toMatch(
        /^Refused: localhost resolves to (127\.0\.0\.1|::1), not a public address$/,
      )
      expect(connections).toBe(0)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
