import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import {
  NEWSROOM_AGENCY_CODE,
  apiLogin,
  apiOf,
  createStaffAccount,
  logInToAdmin,
  shootAdminPage,
  typeInto,
  type Account,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

/**
 * An agency's publisher registers their portal's feed in the admin (issue 19, item 2), in
 * Vietnamese, against the production build: the feed is filed under their own agency, its
 * polling state shows read-only, and "Lấy tin ngay" asks for a poll and comes back to the feed.
 * The feed is saved inactive at a name that never resolves (.invalid), so nothing is fetched:
 * the polling itself is the integration suite's (tests/int/harvest.int.spec.ts), on loopback.
 */
describe('agency feeds in the admin, in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let publisher: Account

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    const adminToken = await apiLogin({ api, account: server.admin })
    publisher = await createStaffAccount({
      api,
      adminToken,
      role: 'publisher',
      name: 'Biên tập nguồn tin',
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a publisher register a feed of their agency and shows its polling state', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: publisher })

    await page.goto(`${server.baseUrl}/admin/collections/${slugs.harvestFeeds}/create`)
    const url = 'https://cong-thong-tin.invalid/so-vhttdl/rss'
    await typeInto(page.locator('#field-url'), url)
    await page.locator('#field-isActive').setChecked(false)
    await page.locator('#action-save').click()
    await page.waitForURL(new RegExp(`/admin/collections/${slugs.harvestFeeds}/\\d+$`))
    const feedId = new URL(page.url()).pathname.split('/').at(-1)!

    // The polling state is shown, read-only, under Vietnamese labels.
    for (const label of ['Kết quả lần lấy gần nhất', 'Lấy tin lần tới', 'Số lần lỗi liên tiếp'])
      expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0)
    await shootAdminPage({ page, name: 'harvest-feed-edit' })

    // Filed under the publisher's own agency without their choosing it.
    const token = await apiLogin({ api, account: publisher })
    const saved = (await (
      await api({ path: `/api/${slugs.harvestFeeds}/${feedId}?depth=1`, token })
    ).json()) as { url: string; isActive: boolean; agency: { code: string } }
    expect(saved).toMatchObject({ url, isActive: false, agency: { code: NEWSROOM_AGENCY_CODE } })

    await page.getByTestId('poll-feed-now').click()
    await page.waitForURL(new RegExp(`/admin/collections/${slugs.harvestFeeds}/${feedId}$`))
    await context.close()
  })
})
