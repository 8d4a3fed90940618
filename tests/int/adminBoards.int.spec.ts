import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import type { StaffRole } from '../../src/access/roles'
import { loadDeliveriesBoard } from '../../src/admin/boards/loadDeliveriesBoard'
import { loadReviewQueue, type ReviewQueueRow } from '../../src/admin/boards/loadReviewQueue'
import { loadTranslationBoard } from '../../src/admin/boards/loadTranslationBoard'
import { createAgency, signInStaff } from '../helpers/accounts'
import { takeArticleStep, writeArticle } from '../helpers/editorialSteps'
import { staffRequest } from '../helpers/localRequest'
import { startPayload, type TestApp } from '../helpers/startPayload'

/** The accounts of this suite: `A` and `B` are two agencies. */
const ACCOUNTS = [
  { key: 'admin', role: 'admin', agency: 'A' },
  { key: 'publisherA', role: 'publisher', agency: 'A' },
  { key: 'publisherB', role: 'publisher', agency: 'B' },
  { key: 'contributorA', role: 'contributor', agency: 'A' },
  { key: 'contributorB', role: 'contributor', agency: 'B' },
  { key: 'viewerA', role: 'viewer', agency: 'A' },
] as const satisfies ReadonlyArray<{ key: string; role: StaffRole; agency: 'A' | 'B' }>

type AccountKey = (typeof ACCOUNTS)[number]['key']

/**
 * The data of the admin's boards (review queue, translation board, deliveries board), loaded
 * as each staff role with the filters their URLs carry: each role sees what its agency's rule
 * lets it read, and a role the board is not for is refused.
 */
describe('the admin boards for each staff role', () => {
  let app: TestApp
  const agencies: Record<'A' | 'B', number> = { A: 0, B: 0 }
  const tokens = new Map<AccountKey, string>()
  const requests = new Map<AccountKey, PayloadRequest>()
  const articles: number[] = []
  const as = (key: AccountKey) => requests.get(key)!
  const titles = (rows: ReviewQueueRow[]) => rows.map((row) => `${row.locale}: ${row.title}`).sort()

  beforeAll(async () => {
    app = await startPayload()
    agencies.A = await createAgency({ app, name: 'Sở Ngoại vụ (bảng)', code: 'so-ngoai-vu-bang' })
    agencies.B = await createAgency({ app, name: 'Báo Đồng Nai (bảng)', code: 'bao-dong-nai-bang' })
    // The first account of a database becomes an administrator: the admin comes first.
    for (const { key, role, agency } of ACCOUNTS) {
      const { id, token } = await signInStaff({
        app,
        email: `${key.toLowerCase()}@boards.test`,
        roles: [role],
        agency: agencies[agency],
      })
      tokens.set(key, token)
      requests.set(key, await staffRequest({ app, id }))
    }
    // Agency A: the Vietnamese source submitted, and its English translation in review.
    const token = tokens.get('contributorA')!
    const bridge = await writeArticle({ app, token, title: 'Khánh thành cầu Đồng Nai mới' })
    await takeArticleStep({ app, token, id: bridge, action: 'submit' })
    await writeArticle({ app, token, id: bridge, locale: 'en', title: 'New Dong Nai bridge opens' })
    await takeArticleStep({ app, token, id: bridge, action: 'submit', locale: 'en' })
    // Agency B: a Vietnamese source submitted.
    const tokenB = tokens.get('contributorB')!
    const festival = await writeArticle({ app, token: tokenB, title: 'Lễ hội trái cây Long Khánh' })
    await takeArticleStep({ app, token: tokenB, id: festival, action: 'submit' })
    articles.push(bridge, festival)
  })

  afterAll(async () => {
    for (const id of articles) await app.payload.delete({ collection: slugs.articles, id })
    await app?.stop()
  })

  describe('review queue', () => {
    it('shows a publisher the languages waiting in their own agency only', async () => {
      const queueA = await loadReviewQueue({ req: as('publisherA'), filters: {} })
      expect(titles(queueA.rows)).toEqual([
        'en: New Dong Nai bridge opens',
        'vi: Khánh thành cầu Đồng Nai mới',
      ])
      const queueB = await loadReviewQueue({ req: as('publisherB'), filters: {} })
      expect(titles(queueB.rows)).toEqual(['vi: Lễ hội trái cây Long Khánh'])
    })

    it('describes each row with its agency, its type as the collection labels it, and when it was submitted', async () => {
      const { rows, agencies: choices } = await loadReviewQueue({
        req: as('publisherB'),
        filters: {},
      })
      expect(rows[0]).toMatchObject({
        collection: 'articles',
        locale: 'vi',
        agency: 'Báo Đồng Nai (bảng)',
        kind: 'Thông tin quảng bá',
      })
      expect(Date.parse(rows[0]!.submittedAt!)).not.toBeNaN()
      // The filter form offers every agency by name.
      expect(choices.map((agency) => agency.name)).toEqual(
        expect.arrayContaining(['Báo Đồng Nai (bảng)', 'Sở Ngoại vụ (bảng)']),
      )
    })

    it('shows an administrator every agency, oldest submission first, narrowed by the filters', async () => {
      const all = await loadReviewQueue({ req: as('admin'), filters: {} })
      expect(all.rows.map((row) => row.title)).toEqual([
        'Khánh thành cầu Đồng Nai mới',
        'New Dong Nai bridge opens',
        'Lễ hội trái cây Long Khánh',
      ])
      const agencyB = await loadReviewQueue({
        req: as('admin'),
        filters: { agency: String(agencies.B) },
      })
      expect(titles(agencyB.rows)).toEqual(['vi: Lễ hội trái cây Long Khánh'])
      const english = await loadReviewQueue({ req: as('admin'), filters: { locale: 'en' } })
      expect(titles(english.rows)).toEqual(['en: New Dong Nai bridge opens'])
      const media = await loadReviewQueue({ req: as('admin'), filters: { collection: 'media' } })
      expect(media.rows).toEqual([])
    })

    it('refuses contributors and viewers, who do not approve', async () => {
      for (const key of ['contributorA', 'viewerA'] as const)
        await expect(loadReviewQueue({ req: as(key), filters: {} })).rejects.toMatchObject({
          status: 403,
        })
    })
  })

  describe('translation board', () => {
    it('shows a contributor the articles of their own agency, each translation’s state', async () => {
      const board = await loadTranslationBoard({ req: as('contributorA'), filters: { page: 1 } })
      expect(board.rows.map((row) => row.title)).toEqual(['Khánh thành cầu Đồng Nai mới'])
      const states = Object.fromEntries(
        board.rows[0]!.cells.map((cell) => [cell.locale, cell.state]),
      )
      expect(states).toMatchObject({ en: 'translationInReview', fr: 'translationMissing' })
      expect(Object.keys(states)).not.toContain('vi')
      expect(board).toMatchObject({ page: 1, hasPrevPage: false, hasNextPage: false })
    })

    it('shows a publisher only the drafts of their own agency', async () => {
      const board = await loadTranslationBoard({ req: as('publisherB'), filters: { page: 1 } })
      expect(board.rows.map((row) => row.title)).toEqual(['Lễ hội trái cây Long Khánh'])
    })

    it('gives an empty page past the last one', async () => {
      const board = await loadTranslationBoard({ req: as('admin'), filters: { page: 2 } })
      expect(board).toMatchObject({ rows: [], page: 2, hasPrevPage: true, hasNextPage: false })
    })

    it('refuses a viewer, who does not translate', async () => {
      await expect(
        loadTranslationBoard({ req: as('viewerA'), filters: { page: 1 } }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('deliveries board', () => {
    it('lets publishers and administrators follow deliveries, with a retry for administrators', async () => {
      await expect(loadDeliveriesBoard({ req: as('publisherA'), filters: {} })).resolves.toEqual({
        groups: [],
        total: 0,
        isTruncated: false,
        mayRetry: false,
      })
      await expect(
        loadDeliveriesBoard({ req: as('admin'), filters: { state: 'failed', target: '1' } }),
      ).resolves.toMatchObject({ groups: [], mayRetry: true })
    })

    it('refuses contributors and viewers', async () => {
      for (const key of ['contributorA', 'viewerA'] as const)
        await expect(loadDeliveriesBoard({ req: as(key), filters: {} })).rejects.toMatchObject({
          status: 403,
        })
    })
  })
})
