import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLoopbackPortal, type LoopbackPortal } from '../helpers/loopbackPortal'
import {
  apiLogin,
  apiOf,
  clickNavLink,
  createStaffAccount,
  expectToast,
  logInToAdmin,
  shootAdminPage,
  vietnameseAdminContext,
  type Account,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const TITLE = {
  vi: 'Đồng Nai đón đoàn doanh nghiệp Hàn Quốc',
  en: 'Dong Nai welcomes Korean firms',
}
const REASON = 'Bản dịch tiếng Anh cần ghi đúng tên doanh nghiệp.'

/**
 * Issue 17's second approval in the Vietnamese admin, in Chromium against the production build
 * with the demo seed: an agency publisher publishes an article in Vietnamese and English while
 * vietnam.vn requires the department's approval; a department manager finds both languages in
 * "Chờ Sở duyệt", approves the Vietnamese and refuses the English with a required reason, and
 * the queue empties. The approvals are then read back through the API.
 */
describe('the department’s approval queue in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let portal: LoopbackPortal
  let api: Api
  let adminToken = ''
  let manager: Account
  let articleId = 0
  const pageErrors: string[] = []

  beforeAll(async () => {
    portal = await startLoopbackPortal()
    // The national portal stands in on loopback, which a deployment must allow explicitly.
    server = await startLibraryServer({ env: { PUSH_ALLOW_PRIVATE_NETWORKS: 'true' } })
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    adminToken = await apiLogin({ api, account: server.admin })
    const target = await api({
      method: 'POST',
      path: '/api/syndication-targets',
      token: adminToken,
      body: {
        name: 'Cổng thông tin đối ngoại quốc gia',
        key: 'vietnam-vn',
        kind: 'vietnam-vn',
        url: portal.url,
        secret: 'khoa-ky-cong-quoc-gia-0123456789abcdef',
      },
    })
    expect(target.status, await target.clone().text()).toBe(201)
    const publisher = await createStaffAccount({
      api,
      adminToken,
      role: 'publisher',
      name: 'Người duyệt Báo Đồng Nai',
    })
    manager = await createStaffAccount({
      api,
      adminToken,
      role: 'department-manager',
      name: 'Cán bộ quản lý Sở',
    })
    articleId = await publishInTwoLanguages({ token: await apiLogin({ api, account: publisher }) })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await portal?.stop()
  })

  it('lets a department manager approve one language and refuse another with a reason', async () => {
    const context = await vietnameseAdminContext({ browser, pageErrors })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: manager })
    // The nav leads to the queue, with how much waits there.
    await clickNavLink({ page, id: 'nav-board-distribution-approvals' })
    await page.waitForURL(/\/admin\/distribution-approvals/)
    await page.getByRole('heading', { name: 'Chờ Sở duyệt' }).waitFor()
    const vi = page.locator(`[data-distribution-row="${articleId}-vi"]`)
    const en = page.locator(`[data-distribution-row="${articleId}-en"]`)
    await vi.waitFor()
    await en.waitFor()
    await expect.poll(() => vi.innerText()).toContain(TITLE.vi)
    await expect.poll(() => en.innerText()).toContain('English')
    await shootAdminPage({ page, name: 'distribution-01-manager-queue' })

    await vi.getByRole('button', { name: 'Duyệt gửi' }).click()
    await expectToast({ page, text: `Đã duyệt gửi lên cổng quốc gia: ${TITLE.vi}` })
    await vi.waitFor({ state: 'detached' })

    await en.getByRole('button', { name: 'Không duyệt' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // No reason, no refusal: the dialog says so and stays open.
    await dialog.getByRole('button', { name: 'Không duyệt' }).click()
    await dialog.getByRole('alert').waitFor()
    await dialog.getByLabel('Lý do (bắt buộc)').click()
    await page.keyboard.type(REASON)
    await shootAdminPage({ page, name: 'distribution-02-manager-refuses-en' })
    await dialog.getByRole('button', { name: 'Không duyệt' }).click()
    await expectToast({ page, text: 'Đã không duyệt; cơ quan đã được báo qua thư điện tử' })
    await en.waitFor({ state: 'detached' })
    await shootAdminPage({ page, name: 'distribution-03-manager-queue-done' })

    const statuses = await approvalStatuses()
    expect(statuses).toEqual({
      vi: { status: 'approved', reason: null },
      en: { status: 'refused', reason: REASON },
    })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  /** Writes the article as the publisher and publishes it in Vietnamese, then in English. */
  async function publishInTwoLanguages({ token }: { token: string }): Promise<number> {
    const created = await api({
      method: 'POST',
      path: '/api/articles?draft=true&locale=vi',
      token,
      body: {
        title: TITLE.vi,
        infoType: 'promotional',
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await step({ token, id, action: 'publish', locale: 'vi' })
    const translated = await api({
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true&locale=en`,
      token,
      body: { title: TITLE.en },
    })
    expect(translated.status, await translated.clone().text()).toBe(200)
    for (const action of ['submit', 'approve', 'publish'])
      await step({ token, id, action, locale: 'en' })
    return id
  }

  async function step({
    token,
    id,
    action,
    locale,
  }: {
    token: string
    id: number
    action: string
    locale: string
  }): Promise<void> {
    const response = await api({
      method: 'POST',
      path: `/api/articles/${id}/workflow`,
      token,
      body: { action, locale },
    })
    expect(response.status, await response.clone().text()).toBe(200)
  }

  async function approvalStatuses(): Promise<Record<string, { status: string; reason: unknown }>> {
    const response = await api({
      path: `/api/distribution-approvals?where[itemId][equals]=${articleId}&depth=0`,
      token: adminToken,
    })
    const { docs } = (await response.json()) as {
      docs: Array<{ locale: string; status: string; reason?: string | null }>
    }
    return Object.fromEntries(
      docs.map((doc) => [doc.locale, { status: doc.status, reason: doc.reason ?? null }]),
    )
  }
})
