import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import type { StaffRole } from '../../src/access/roles'
import {
  editorialCounts,
  loadDashboard,
  type DashboardCard,
  type DashboardCardKey,
} from '../../src/components/admin/dashboard/loadDashboard'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'Sen-vang-ben-song-Dong-Nai-2026'
const ROLES = ['admin', 'publisher', 'contributor', 'press-officer', 'viewer'] as const

/**
 * The admin dashboard's data, loaded as each staff role (issue 13, item 6): the cards a role
 * works with, exact counts, who sent what back and why — and no Forbidden for any role.
 */
describe('the admin dashboard for each staff role', () => {
  let app: TestApp
  const tokens: Record<string, string> = {}
  const requests = new Map<StaffRole, PayloadRequest>()
  const userIds = new Map<StaffRole, number>()
  const created: Array<{
    collection: 'articles' | 'journalists' | 'users' | 'agencies'
    id: number
  }> = []

  async function act({
    as,
    id,
    action,
    locale = 'vi',
    reason,
  }: {
    as: StaffRole
    id: number
    action: string
    locale?: string
    reason?: string
  }): Promise<void> {
    const response = await app.rest.request('POST', `/${slugs.articles}/${id}/workflow`, {
      token: tokens[as],
      body: { action, locale, reason },
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }

  async function write({
    as,
    title,
    id,
    locale = 'vi',
  }: {
    as: StaffRole
    title: string
    id?: number
    locale?: string
  }): Promise<number> {
    const response = await app.rest.request(
      id ? 'PATCH' : 'POST',
      `/${slugs.articles}${id ? `/${id}` : ''}?draft=true&locale=${locale}`,
      {
        token: tokens[as],
        body: {
          title,
          ...(id
            ? {}
            : { infoType: 'promotional', accessTier: 'public', classification: 'unclassified' }),
        },
      },
    )
    expect(response.status, await response.clone().text()).toBeLessThan(300)
    const doc = ((await response.json()) as { doc: { id: number } }).doc
    if (!id) created.push({ collection: 'articles', id: doc.id })
    return doc.id
  }

  const card = (cards: DashboardCard[], key: DashboardCardKey) =>
    cards.find((candidate) => candidate.key === key)

  beforeAll(async () => {
    app = await startPayload()
    const agency = await app.payload.create({
      collection: slugs.agencies,
      data: { name: 'Báo Đồng Nai (bảng tin)', code: 'bao-dashboard', kind: 'newsroom' },
    })
    created.push({ collection: 'agencies', id: agency.id })
    for (const role of ROLES) {
      const email = `${role}.dashboard@ttdn.test`
      const user = await app.payload.create({
        collection: slugs.users,
        data: {
          email,
          password: PASSWORD,
          name: `Cán bộ ${role}`,
          roles: [role],
          agency: agency.id,
        },
      })
      created.push({ collection: 'users', id: user.id })
      userIds.set(role, user.id)
      tokens[role] = await app.rest.login({ collection: slugs.users, email, password: PASSWORD })
      requests.set(
        role,
        await createLocalReq({ user: { ...user, collection: slugs.users } as never }, app.payload),
      )
    }
    // A draft the contributor keeps working on.
    await write({ as: 'contributor', title: 'Bản nháp: Lễ hội trái cây Long Khánh' })
    // Submitted in Vietnamese and in English: two languages waiting for review.
    const waiting = await write({ as: 'contributor', title: 'Khánh thành cầu Đồng Nai mới' })
    await act({ as: 'contributor', id: waiting, action: 'submit' })
    await write({
      as: 'contributor',
      id: waiting,
      locale: 'en',
      title: 'New Dong Nai bridge opens',
    })
    await act({ as: 'contributor', id: waiting, action: 'submit', locale: 'en' })
    // Both languages sent back to the contributor, each with its reason.
    const refused = await write({ as: 'contributor', title: 'Du lịch sinh thái Nam Cát Tiên' })
    await act({ as: 'contributor', id: refused, action: 'submit' })
    await write({ as: 'contributor', id: refused, locale: 'en', title: 'Cat Tien eco-tourism' })
    await act({ as: 'contributor', id: refused, action: 'submit', locale: 'en' })
    await act({ as: 'publisher', id: refused, action: 'reject', reason: 'Thiếu nguồn trích dẫn' })
    await act({
      as: 'publisher',
      id: refused,
      action: 'reject',
      locale: 'en',
      reason: 'Tên riêng dịch sai',
    })
    // Published by the publisher directly.
    const live = await write({ as: 'publisher', title: 'Đồng Nai đón 2 triệu lượt khách' })
    await act({ as: 'publisher', id: live, action: 'publish' })
    const journalist = await app.payload.create({
      collection: slugs.journalists,
      data: {
        email: 'phong.vien.dashboard@example.test',
        password: PASSWORD,
        name: 'Nguyễn Văn Phóng',
        outlet: 'Báo Tin Tức',
        country: 'VN',
        accreditationStatus: 'pending',
      } as never,
    })
    created.push({ collection: 'journalists', id: journalist.id })
  })

  afterAll(async () => {
    for (const { collection, id } of [...created].reverse()) {
      await app.payload.delete({ collection, id })
    }
    await app?.stop()
  })

  it('shows a contributor their own draft and what was sent back to them, with the reasons', async () => {
    const cards = await loadDashboard({ req: requests.get('contributor')! })
    expect(cards.map((entry) => entry.key)).toEqual([
      'sentBack',
      'myDrafts',
      'translationsToDo',
      'recentlyPublished',
    ])
    expect(card(cards, 'myDrafts')).toMatchObject({
      count: 1,
      rows: [{ title: 'Bản nháp: Lễ hội trái cây Long Khánh', collection: 'articles' }],
    })
    const sentBack = card(cards, 'sentBack')!
    expect(sentBack.count).toBe(2)
    expect(sentBack.rows.map((row) => [row.locale, row.title, row.note]).sort()).toEqual([
      ['en', 'Cat Tien eco-tourism', 'Tên riêng dịch sai'],
      ['vi', 'Du lịch sinh thái Nam Cát Tiên', 'Thiếu nguồn trích dẫn'],
    ])
    expect(sentBack.rows.find((row) => row.locale === 'en')?.href).toMatch(
      /^\/admin\/collections\/articles\/\d+\?locale=en$/,
    )
    // The English sent back is back in translation: the contributor's to do.
    expect(card(cards, 'translationsToDo')).toMatchObject({ count: 1, byLocale: { en: 1 } })
  })

  it('shows a publisher the review queue with exact counts by language', async () => {
    const cards = await loadDashboard({ req: requests.get('publisher')! })
    expect(cards.map((entry) => entry.key)).toEqual([
      'waitingForReview',
      'sentBack',
      'myDrafts',
      'translationsToDo',
      'failedDeliveries',
      'recentlyPublished',
    ])
    const queue = card(cards, 'waitingForReview')!
    expect(queue.count).toBe(2)
    expect(queue.byLocale).toEqual({ vi: 1, en: 1 })
    expect(queue.rows.map((row) => row.title).sort()).toEqual([
      'Khánh thành cầu Đồng Nai mới',
      'New Dong Nai bridge opens',
    ])
    expect(card(cards, 'myDrafts')?.count).toBe(0)
    expect(card(cards, 'sentBack')?.count).toBe(0)
    expect(card(cards, 'failedDeliveries')?.count).toBe(0)
    expect(card(cards, 'recentlyPublished')).toMatchObject({
      count: 1,
      rows: [{ title: 'Đồng Nai đón 2 triệu lượt khách' }],
    })
  })

  it('shows a viewer only what was published, without failing', async () => {
    const cards = await loadDashboard({ req: requests.get('viewer')! })
    expect(cards.map((entry) => entry.key)).toEqual(['recentlyPublished'])
    expect(card(cards, 'recentlyPublished')?.count).toBe(1)
  })

  it('shows a press officer the journalists awaiting accreditation, without failing', async () => {
    const cards = await loadDashboard({ req: requests.get('press-officer')! })
    expect(cards.map((entry) => entry.key)).toEqual(['journalistsAwaiting', 'recentlyPublished'])
    expect(card(cards, 'journalistsAwaiting')).toMatchObject({
      count: 1,
      rows: [{ title: 'Nguyễn Văn Phóng — Báo Tin Tức' }],
    })
  })

  it('gives an administrator every card', async () => {
    const cards = await loadDashboard({ req: requests.get('admin')! })
    expect(cards.map((entry) => entry.key)).toEqual([
      'waitingForReview',
      'sentBack',
      'myDrafts',
      'translationsToDo',
      'failedDeliveries',
      'journalistsAwaiting',
      'recentlyPublished',
    ])
    expect(card(cards, 'waitingForReview')?.count).toBe(2)
  })

  it('counts the boards for the navigation only for the roles that use them', async () => {
    await expect(editorialCounts({ req: requests.get('publisher')! })).resolves.toEqual({
      reviewQueue: 2,
      translations: 1,
    })
    await expect(editorialCounts({ req: requests.get('contributor')! })).resolves.toEqual({
      reviewQueue: null,
      translations: 1,
    })
    await expect(editorialCounts({ req: requests.get('viewer')! })).resolves.toEqual({
      reviewQueue: null,
      translations: null,
    })
  })
})
