import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { createAgency, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'

type VersionList = { docs?: Array<{ id: number | string; parent: unknown }>; totalDocs?: number }

/**
 * Issue 12, item 4: the version history of an item is readable only by those who may read the
 * item now. Raising an item to `restricted`, or removing someone from its `allowedUsers`, takes
 * its earlier versions away from them too; a publisher of the item's agency keeps them.
 */
describe('version history follows who may read the item now', () => {
  let app: TestApp
  let tokens: Record<string, string>
  const ids: Record<string, number> = {}
  let agencyId: number
  let viewerId: number

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({
      app,
      name: 'Sở Ngoại vụ',
      code: 'so-ngoai-vu',
      kind: 'provincial-department',
    })
    const staff = await signInStaffPerRole({
      app,
      roles: ['admin', 'viewer', 'publisher'],
      agency: agencyId,
    })
    tokens = staff.tokens
    viewerId = staff.ids.viewer
  })

  afterAll(async () => {
    await app?.stop()
  })

  async function createArticle({
    key,
    tier,
    allowedUsers = [],
  }: {
    key: string
    tier: 'internal' | 'restricted'
    allowedUsers?: number[]
  }): Promise<number> {
    const article = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: `Hồ sơ ${key}`,
        infoType: 'official',
        accessTier: tier,
        classification: 'unclassified',
        agency: agencyId,
        allowedUsers,
        _status: 'published',
      },
    })
    // A second version, so the history has an earlier one.
    await app.payload.update({
      collection: slugs.articles,
      id: article.id,
      data: { summary: `Bản cập nhật của ${key}`, _status: 'published' },
    })
    ids[key] = article.id
    return article.id
  }

  async function versionsOf({ id, as }: { id: number; as: string }): Promise<VersionList> {
    const response = await app.rest.request(
      'GET',
      `/${slugs.articles}/versions?where[parent][equals]=${id}&depth=0`,
      { token: tokens[as] },
    )
    expect(response.status).toBe(200)
    return (await response.json()) as VersionList
  }

  it('a viewer loses the history of an item raised to restricted; its publisher keeps it', async () => {
    const id = await createArticle({ key: 'raised', tier: 'internal' })
    const before = await versionsOf({ id, as: 'viewer' })
    expect(before.totalDocs).toBeGreaterThanOrEqual(2)
    const oldVersionId = before.docs![before.docs!.length - 1]!.id

    await app.payload.update({
      collection: slugs.articles,
      id,
      data: { accessTier: 'restricted', _status: 'published' },
    })

    expect((await versionsOf({ id, as: 'viewer' })).totalDocs).toBe(0)
    const single = await app.rest.request('GET', `/${slugs.articles}/versions/${oldVersionId}`, {
      token: tokens.viewer,
    })
    expect([403, 404]).toContain(single.status)
    const everything = await app.rest.request('GET', `/${slugs.articles}/versions?limit=100`, {
      token: tokens.viewer,
    })
    const parents = ((await everything.json()) as VersionList).docs!.map((doc) => doc.parent)
    expect(parents).not.toContain(id)

    // The internal-tier versions stay readable by the agency's publisher (and the admin).
    expect((await versionsOf({ id, as: 'publisher' })).totalDocs).toBeGreaterThanOrEqual(2)
    expect((await versionsOf({ id, as: 'admin' })).totalDocs).toBeGreaterThanOrEqual(3)
    const publisherSingle = await app.rest.request(
      'GET',
      `/${slugs.articles}/versions/${oldVersionId}`,
      { token: tokens.publisher },
    )
    expect(publisherSingle.status).toBe(200)
    await app.payload.delete({ collection: slugs.articles, id })
  })

  it('a person removed from allowedUsers loses the history of a restricted item', async () => {
    const id = await createArticle({ key: 'named', tier: 'restricted', allowedUsers: [viewerId] })
    expect((await versionsOf({ id, as: 'viewer' })).totalDocs).toBeGreaterThanOrEqual(2)

    await app.payload.update({
      collection: slugs.articles,
      id,
      data: { allowedUsers: [], _status: 'published' },
    })

    expect((await versionsOf({ id, as: 'viewer' })).totalDocs).toBe(0)
    expect((await versionsOf({ id, as: 'publisher' })).totalDocs).toBeGreaterThanOrEqual(2)
    await app.payload.delete({ collection: slugs.articles, id })
  })

  it('GraphQL version queries follow the same rule', async () => {
    const id = await createArticle({ key: 'graphql', tier: 'internal' })
    const query = `query { versionsArticles(where: { parent: { equals: ${id} } }) { totalDocs } }`
    const before = await app.rest.graphql({ query, token: tokens.viewer })
    expect(
      (before.body.data?.versionsArticles as { totalDocs: number }).totalDocs,
    ).toBeGreaterThanOrEqual(2)
    await app.payload.update({
      collection: slugs.articles,
      id,
      data: { accessTier: 'restricted', _status: 'published' },
    })
    const after = await app.rest.graphql({ query, token: tokens.viewer })
    expect((after.body.data?.versionsArticles as { totalDocs: number }).totalDocs).toBe(0)
    await app.payload.delete({ collection: slugs.articles, id })
  })
})
