import fs from 'node:fs/promises'

import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  NEWSROOM_AGENCY_CODE,
  apiLogin,
  apiOf,
  clickNavLink,
  createStaffAccount,
  logInToAdmin,
  shootAdminPage,
  vietnameseAdminContext,
  type Account,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const TITLE = 'Thống kê: bài của Báo Đồng Nai trong năm'

/**
 * Issue 17's statistics page and periodic report in the Vietnamese admin, in Chromium against
 * the production build with the demo seed: a department manager opens "Thống kê" from the nav,
 * switches to the whole year, follows the newsroom's "supplied" count to the admin list of the
 * articles behind it (the article a publisher just wrote among them), then opens the Sở's
 * consolidated report and downloads it as DOCX and as XLSX.
 */
describe('the statistics page and the periodic report in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let manager: Account
  let reportId = 0
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    const adminToken = await apiLogin({ api, account: server.admin })
    const publisher = await createStaffAccount({
      api,
      adminToken,
      role: 'publisher',
      name: 'Người duyệt Báo Đồng Nai',
    })
    const written = await api({
      method: 'POST',
      path: '/api/articles?draft=true&locale=vi',
      token: await apiLogin({ api, account: publisher }),
      body: {
        title: TITLE,
        infoType: 'official',
        accessTier: 'public',
        classification: 'unclassified',
      },
    })
    expect(written.status, await written.clone().text()).toBe(201)
    manager = await createStaffAccount({
      api,
      adminToken,
      role: 'department-manager',
      name: 'Cán bộ quản lý Sở',
    })
    const report = await api({
      method: 'POST',
      path: '/api/reports',
      token: await apiLogin({ api, account: manager }),
      body: {
        kind: 'consolidated',
        cycle: 'annual',
        year: new Date().getFullYear(),
        results: 'Công tác thông tin đối ngoại được triển khai đồng bộ.',
        signerTitle: 'Giám đốc',
      },
    })
    expect(report.status, await report.clone().text()).toBe(201)
    reportId = ((await report.json()) as { doc: { id: number } }).doc.id
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a department manager follow a number to its list and download both report files', async () => {
    const context = await vietnameseAdminContext({ browser, pageErrors, acceptDownloads: true })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: manager })

    await clickNavLink({ page, id: 'nav-board-statistics' })
    await page.waitForURL(/\/admin\/statistics/)
    await page.getByRole('heading', { name: 'Thống kê' }).first().waitFor()
    await page.locator('[data-statistics-preset="year"]').click()
    await page.waitForURL(/preset=year/)
    await page.locator('[data-statistics-chart]').first().waitFor()
    await shootAdminPage({ page, name: 'statistics-01-manager-year' })

    const supplied = page
      .locator(`[data-statistics-agency="${NEWSROOM_AGENCY_CODE}"] [data-statistics-count]`)
      .first()
    expect(Number(await supplied.innerText())).toBeGreaterThanOrEqual(1)
    await supplied.click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    await page.getByText(TITLE).first().waitFor()
    await shootAdminPage({ page, name: 'statistics-02-list-behind-the-number' })

    await page.goto(`${server.baseUrl}/admin/collections/reports/${reportId}`)
    for (const format of ['docx', 'xlsx'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-report-download="${format}"]`).click(),
      ])
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^bao-cao-nam-\\d{4}-.+\\.${format}$`),
      )
      const file = await download.path()
      expect((await fs.stat(file)).size).toBeGreaterThan(1000)
      // Both are ZIP containers (Office Open XML).
      expect((await fs.readFile(file)).subarray(0, 2).toString()).toBe('PK')
    }
    await shootAdminPage({ page, name: 'statistics-03-report-downloads' })
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
