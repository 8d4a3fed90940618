import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { STAFF_ROLES, type StaffRole } from '../../src/access/roles'
import {
  DASHBOARD_CARDS,
  editorialCounts,
  loadDashboard,
  type DashboardCard,
  type DashboardCardKey,
} from '../../src/admin/dashboard/loadDashboard'
import { createAgency, signInStaffPerRole } from '../helpers/accounts'
import { takeArticleStep, writeArticle } from '../helpers/editorialSteps'
import { staffRequest } from '../helpers/localRequest'
import { startPayload, type TestApp } from '../helpers/startPayload'

const PASSWORD = 'Sen-vang-ben-song-Dong-Nai-2026'

type StepArgs = Parameters<typeof takeArticleStep>[0]
type WriteArgs = Parameters<typeof writeArticle>[0]

/**
 * The admin dashboard's data, loaded as each staff role (issue 13, item 6): the cards a role
 * works with, exact counts, who sent what back and why — and no Forbidden for any role.
 */
describe('the admin dashboard for each staff role', () => {
  let app: TestApp
  const tokens: Record<string, string> = {}
  const requests = new Map<StaffRole, PayloadRequest>()
  const created: Array<{
    collection: 'articles' | 'journalists' | 'users' | 'agencies'
    id: number
  }> = []

  const act = ({ as, ...step }: { as: StaffRole } & Omit<StepArgs, 'app' | 'token'>) =>
    takeArticleStep({ app, token: tokens[as]!, ...step })

  async function write({
    as,
    ...text
  }: { as: StaffRole } & Omit<WriteArgs, 'app' | 'token'>): Promise<number> {
    const id = await writeArticle({ app, token: tokens[as]!, ...text })
    if (!text.id) created.push({ collection: 'articles', id })
    return id
  }

  const card = (cards: DashboardCard[], key: DashboardCardKey) =>
    cards.find((candidate) => candidate.key === key)

  beforeAll(async () => {
    app = await startPayload()
    const agency = await createAgency({
      app,
      name: 'Báo Đồng Nai (bảng tin)',
      code: 'bao-dashboard',
    })
    created.push({ collection: 'agencies', id: agency })
    // STAFF_ROLES starts with the admin: the first account of a database becomes one anyway.
    const accounts = await signInStaffPerRole({
      app,
      roles: STAFF_ROLES,
      agency,
      email: (role) => `${role}.dashboard@ttdn.test`,
    })
    for (const role of STAFF_ROLES) {
      created.push({ collection: 'users', id: accounts.ids[role] })
      tokens[role] = accounts.tokens[role]
      requests.set(role, await staffRequest({ app, id: accounts.ids[role] }))
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
    expect(cards.map((entry) => entry.key)).toEqual(
      DASHBOARD_CARDS.filter((key) => key !== 'journalistsAwaiting'),
    )
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
    expect(cards.map((entry) => entry.key)).toEqual(DASHBOARD_CARDS)
    expect(card(cards, 'waitingForReview')?.count).toBe(2)
  })

  it('counts the boards for the navigation only for the roles that use them', async () => {
    await expect(editorialCounts({ req: requests.get('publisher')! })).resolves.toEqual({
      reviewQueue: 2,
      translations: 1,
      distributionQueue: null,
    })
    await expect(editorialCounts({ req: requests.get('contributor')! })).resolves.toEqual({
      reviewQueue: null,
      translations: 1,
      distributionQueue: null,
    })
    await expect(editorialCounts({ req: requests.get('viewer')! })).resolves.toEqual({
      reviewQueue: null,
      translations: null,
      distributionQueue: null,
    })
    // The department oversees every agency's queue and keeps its own.
    await expect(
      editorialCounts({ req: requests.get('department-manager')! }),
    ).resolves.toMatchObject({ reviewQueue: 2, distributionQueue: 0 })
  })
})
