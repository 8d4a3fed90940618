import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { capturedEmails } from '../../src/email/outbox'
import { SYNDICATION_QUEUE } from '../../src/syndication/push'
import { createAgency, signInStaff, type SignedIn } from '../helpers/accounts'
import { takeArticleStep, writeArticle } from '../helpers/editorialSteps'
import { startLoopbackPortal, type LoopbackPortal } from '../helpers/loopbackPortal'
import { startPayload, type TestApp } from '../helpers/startPayload'

const SECRET = 'cong-thong-tin-quoc-gia-khoa-ky-0123456789'

/**
 * Issue 17, item 2: a target requiring department approval (vietnam.vn by default) is sent a
 * published language — pushed, and listed in its feed and sync — only once a department manager
 * approved it, and then exactly once; a refusal is mailed to the agency's publishers; a new
 * version waits again; a withdrawal is pushed at once; nobody else may decide.
 */
describe('the department’s approval before national distribution', { timeout: 600_000 }, () => {
  let app: TestApp
  let national: LoopbackPortal
  let provincial: LoopbackPortal
  let admin: SignedIn
  let publisher: SignedIn
  let contributor: SignedIn
  let manager: SignedIn
  let articleId: number
  const publisherEmail = 'duyet.bao@ttdn.test'

  const runPushes = () => app.payload.jobs.run({ queue: SYNDICATION_QUEUE, limit: 100 })
  const pushesOf = ({ portal, locale }: { portal: LoopbackPortal; locale: string }) =>
    portal.pushes.filter((push) => push.uri.endsWith(`:articles:${articleId}:${locale}`))

  async function approvalOf({ locale }: { locale: string }) {
    const { docs } = await app.payload.find({
      collection: slugs.distributionApprovals,
      where: { and: [{ itemId: { equals: String(articleId) } }, { locale: { equals: locale } }] },
      depth: 0,
    })
    return docs[0]!
  }

  function decide({ as, body }: { as: SignedIn; body: Record<string, unknown> }) {
    return app.rest.request('POST', `/${slugs.distributionApprovals}/decide`, {
      token: as.token,
      headers: { 'Accept-Language': 'vi' },
      body,
    })
  }

  /** The national target's sync and Vietnamese and English feeds, as an admin reads them. */
  async function nationalListings() {
    const sync = (await (
      await app.rest.request('GET', '/syndication/ninjs?target=vietnam-vn&limit=100', {
        token: admin.token,
      })
    ).json()) as { items: Array<{ uri: string }>; tombstones: Array<{ uri: string }> }
    const feed = async (locale: string) => {
      const response = await app.rest.request(
        'GET',
        `/syndication/jsonfeed?locale=${locale}&target=vietnam-vn`,
        { token: admin.token },
      )
      return ((await response.json()) as { items: Array<{ id: string }> }).items
    }
    return {
      synced: sync.items.map((item) => item.uri.split(':').at(-1)),
      fed: {
        vi: (await feed('vi')).filter((item) => item.id.includes(`:articles:${articleId}:`)).length,
        en: (await feed('en')).filter((item) => item.id.includes(`:articles:${articleId}:`)).length,
      },
    }
  }

  beforeAll(async () => {
    national = await startLoopbackPortal()
    provincial = await startLoopbackPortal()
    app = await startPayload({ env: { PUSH_ALLOW_PRIVATE_NETWORKS: 'true' } })
    admin = await signInStaff({ app, email: 'quan-tri@ttdn.test', roles: ['admin'] })
    const agency = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const department = await createAgency({
      app,
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      code: 'so-vhttdl',
      kind: 'provincial-department',
    })
    publisher = await signInStaff({ app, email: publisherEmail, roles: ['publisher'], agency })
    contributor = await signInStaff({
      app,
      email: 'bien-tap@ttdn.test',
      roles: ['contributor'],
      agency,
    })
    manager = await signInStaff({
      app,
      email: 'quan-ly@so-vhttdl.test',
      name: 'Nguyễn Văn Sở',
      roles: ['department-manager'],
      agency: department,
    })
    // The national portal's approval is left to its kind's default: on.
    await app.payload.create({
      collection: slugs.syndicationTargets,
      data: {
        name: 'vietnam.vn',
        key: 'vietnam-vn',
        kind: 'vietnam-vn',
        url: national.url,
        secret: SECRET,
      },
    })
    await app.payload.create({
      collection: slugs.syndicationTargets,
      data: { name: 'Cổng tỉnh', kind: 'provincial-portal', url: provincial.url, secret: SECRET },
    })
  })

  afterAll(async () => {
    await app?.stop()
    await national?.stop()
    await provincial?.stop()
  })

  it('stores the national portal as requiring approval and the provincial one as not', async () => {
    const { docs } = await app.payload.find({ collection: slugs.syndicationTargets, sort: 'id' })
    const stored = docs as unknown as Array<{ requiresDepartmentApproval?: boolean | null }>
    expect(stored.map((target) => target.requiresDepartmentApproval)).toEqual([true, false])
  })

  it('holds a published language back from the national portal until a manager approves it, then sends it once', async () => {
    articleId = await writeArticle({
      app,
      token: publisher.token,
      title: 'Đồng Nai đón đoàn Hàn Quốc',
    })
    await takeArticleStep({ app, token: publisher.token, id: articleId, action: 'publish' })
    await writeArticle({
      app,
      token: publisher.token,
      id: articleId,
      locale: 'en',
      title: 'Dong Nai welcomes a Korean delegation',
    })
    for (const action of ['submit', 'approve', 'publish'])
      await takeArticleStep({ app, token: publisher.token, id: articleId, action, locale: 'en' })
    await runPushes()

    // Publishing English gave Vietnamese a version naming its translation: 1 and 2 reach the
    // provincial portal, which takes every version as published.
    const provincialVi = pushesOf({ portal: provincial, locale: 'vi' }).length
    expect(provincialVi).toBe(2)
    expect(pushesOf({ portal: provincial, locale: 'en' })).toHaveLength(1)
    expect(pushesOf({ portal: national, locale: 'vi' })).toHaveLength(0)
    expect(pushesOf({ portal: national, locale: 'en' })).toHaveLength(0)
    expect(await nationalListings()).toEqual({ synced: [], fed: { vi: 0, en: 0 } })
    const waiting = await approvalOf({ locale: 'vi' })
    expect(waiting).toMatchObject({
      status: 'awaiting',
      version: 2,
      title: 'Đồng Nai đón đoàn Hàn Quốc',
    })
    expect((await approvalOf({ locale: 'en' })).status).toBe('awaiting')

    const approved = await decide({
      as: manager,
      body: { id: waiting.id, decision: 'approve', version: 2 },
    })
    expect(approved.status, await approved.clone().text()).toBe(200)
    await runPushes()
    await runPushes()

    expect(pushesOf({ portal: national, locale: 'vi' })).toEqual([
      { event: 'upsert', uri: expect.stringMatching(/:vi$/) as string, version: '2' },
    ])
    expect(pushesOf({ portal: national, locale: 'en' })).toHaveLength(0)
    // The other target and the open sync see each version once, as published.
    expect(pushesOf({ portal: provincial, locale: 'vi' })).toHaveLength(provincialVi)
    const open = (await (
      await app.rest.request('GET', '/syndication/ninjs?limit=100', { token: admin.token })
    ).json()) as { items: Array<{ uri: string; version: string }> }
    expect(
      open.items.map((item) => `${item.uri.split(':').at(-1)}@${item.version}`).sort(),
    ).toEqual(['en@1', 'vi@1', 'vi@2'])
    expect(await nationalListings()).toEqual({ synced: ['vi'], fed: { vi: 1, en: 0 } })

    const again = await decide({ as: manager, body: { id: waiting.id, decision: 'approve' } })
    expect(again.status).toBe(409)
    await runPushes()
    expect(pushesOf({ portal: national, locale: 'vi' })).toHaveLength(1)
  })

  it('records each decision on the item’s timeline and in the audit log', async () => {
    const article = await app.payload.findByID({
      collection: slugs.articles,
      id: articleId,
      locale: 'vi',
      draft: true,
      depth: 0,
    })
    expect(article.transitions?.at(-1)).toMatchObject({
      action: 'distribution-approve',
      locale: 'vi',
      by: manager.id,
    })
    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'distribution-approve' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      targetId: String(articleId),
      locale: 'vi',
      actorId: String(manager.id),
    })
  })

  it('refuses a decision from anyone but a department manager or an admin with a 403', async () => {
    const { id } = await approvalOf({ locale: 'en' })
    for (const as of [publisher, contributor]) {
      const response = await decide({ as, body: { id, decision: 'approve' } })
      expect(response.status).toBe(403)
      expect(
        ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
      ).toMatch(/quản lý nhà nước/)
    }
    const anonymous = await app.rest.request('POST', `/${slugs.distributionApprovals}/decide`, {
      body: { id, decision: 'approve' },
    })
    expect(anonymous.status).toBe(401)
    // Nor can an approval be edited around the decision.
    const edited = await app.rest.request('PATCH', `/${slugs.distributionApprovals}/${id}`, {
      token: manager.token,
      body: { status: 'approved' },
    })
    expect(edited.status).toBe(403)
    expect((await approvalOf({ locale: 'en' })).status).toBe('awaiting')
  })

  it('answers bad input with a translated 400', async () => {
    const { id } = await approvalOf({ locale: 'en' })
    const withoutReason = await decide({ as: manager, body: { id, decision: 'refuse' } })
    expect(withoutReason.status).toBe(400)
    expect(await withoutReason.text()).toContain('lý do')
    expect((await decide({ as: manager, body: { id, decision: 'publish' } })).status).toBe(400)
    expect((await decide({ as: manager, body: { decision: 'approve' } })).status).toBe(400)
    expect(
      (await decide({ as: manager, body: { id: '999999', decision: 'approve' } })).status,
    ).toBe(404)
  })

  it('mails a refusal with its reason to the agency’s publishers and sends nothing', async () => {
    const before = capturedEmails({ to: publisherEmail }).length
    const { id } = await approvalOf({ locale: 'en' })
    const refused = await decide({
      as: manager,
      body: { id, decision: 'refuse', reason: 'Bản dịch sai tên địa danh' },
    })
    expect(refused.status, await refused.clone().text()).toBe(200)
    await runPushes()
    expect(pushesOf({ portal: national, locale: 'en' })).toHaveLength(0)
    const mails = capturedEmails({ to: publisherEmail }).slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Sở không duyệt phát hành quốc gia')
    expect(mails[0]!.text).toContain('Bản dịch sai tên địa danh')
    expect(mails[0]!.text).toContain('Nguyễn Văn Sở')
    expect(mails[0]!.text).toContain('Reason: Bản dịch sai tên địa danh')
    const article = await app.payload.findByID({
      collection: slugs.articles,
      id: articleId,
      locale: 'en',
      draft: true,
      depth: 0,
    })
    expect(article.transitions?.at(-1)).toMatchObject({
      action: 'distribution-refuse',
      locale: 'en',
      reason: 'Bản dịch sai tên địa danh',
    })
  })

  it('puts a new published text of an approved language back in the queue', async () => {
    const edited = await app.rest.request('PATCH', `/${slugs.articles}/${articleId}?locale=vi`, {
      token: publisher.token,
      body: { title: 'Đồng Nai đón đoàn doanh nghiệp Hàn Quốc', _status: 'published' },
    })
    expect(edited.status, await edited.clone().text()).toBe(200)
    await runPushes()
    expect(
      pushesOf({ portal: provincial, locale: 'vi' })
        .map((push) => push.version)
        .sort(),
    ).toEqual(['1', '2', '3'])
    expect(pushesOf({ portal: national, locale: 'vi' }).map((push) => push.version)).toEqual(['2'])
    const waiting = await approvalOf({ locale: 'vi' })
    expect(waiting).toMatchObject({ status: 'awaiting', version: 3 })
    expect(await nationalListings()).toMatchObject({ fed: { vi: 0 } })
    // A decision on the version seen before is refused: a newer one waits.
    const stale = await decide({
      as: manager,
      body: { id: waiting.id, decision: 'approve', version: 2 },
    })
    expect(stale.status).toBe(409)
    const approved = await decide({
      as: admin,
      body: { id: waiting.id, decision: 'approve', version: 3 },
    })
    expect(approved.status).toBe(200)
    await runPushes()
    expect(pushesOf({ portal: national, locale: 'vi' }).map((push) => push.version)).toEqual([
      '2',
      '3',
    ])
  })

  it('pushes a withdrawal to the national portal at once, without approval', async () => {
    await takeArticleStep({
      app,
      token: publisher.token,
      id: articleId,
      action: 'withdraw',
      reason: 'Thông tin đã cũ',
    })
    await runPushes()
    expect(pushesOf({ portal: national, locale: 'vi' }).map((push) => push.event)).toEqual([
      'upsert',
      'upsert',
      'tombstone',
    ])
    expect((await approvalOf({ locale: 'vi' })).status).toBe('withdrawn')
    expect((await approvalOf({ locale: 'en' })).status).toBe('withdrawn')
    expect(await nationalListings()).toMatchObject({ fed: { vi: 0, en: 0 } })
  })
})
