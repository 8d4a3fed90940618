import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

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
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const EXTERNAL_ID = `e2e-nhap-${Date.now()}`

/**
 * Issue 19's batch import in the Vietnamese admin, in Chromium against the production build
 * with the demo seed: a publisher opens "Nhập hàng loạt" from the nav, uploads a two-row CSV (one
 * good row, one of an unknown agency), reads the dry run, imports, and watches the progress
 * reach the end with the failed row and its reason.
 */
describe('the batch import page in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let publisher: Account
  let dir: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    const api = apiOf({ baseUrl: server.baseUrl })
    const adminToken = await apiLogin({ api, account: server.admin })
    publisher = await createStaffAccount({
      api,
      adminToken,
      role: 'publisher',
      name: 'Người duyệt nhập dữ liệu',
    })
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-import-e2e-'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dir) await fs.rm(dir, { recursive: true, force: true })
  })

  it('uploads a sheet, shows the dry run, imports it and follows the progress to the end', async () => {
    const csv = path.join(dir, 'bai-viet.csv')
    await fs.writeFile(
      csv,
      [
        'externalId,kind,agency,title_vi,title_en,body_vi',
        `${EXTERNAL_ID},article,${NEWSROOM_AGENCY_CODE},Lễ hội trái cây Long Khánh,Long Khanh fruit festival,Đoạn một`,
        `${EXTERNAL_ID}-2,article,khong-co-co-quan-nay,Bài lỗi,Bad row,Đoạn một`,
      ].join('\n'),
    )
    const context = await vietnameseAdminContext({ browser, pageErrors })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: publisher })

    await clickNavLink({ page, id: 'nav-board-import' })
    await page.waitForURL(/\/admin\/import/)
    await page.getByRole('heading', { name: 'Nhập dữ liệu hàng loạt' }).first().waitFor()
    await page.getByLabel('Tệp cần nhập').setInputFiles(csv)
    await page.getByRole('button', { name: 'Chạy thử' }).click()
    await page.getByRole('heading', { name: 'Kết quả chạy thử' }).waitFor()
    await expect.poll(() => page.locator('tr[data-action="create"]').count()).toBe(1)
    await page.locator('tr[data-action="error"]').getByText('khong-co-co-quan-nay').waitFor()
    await shootAdminPage({ page, name: 'import-01-dry-run' })

    // A publisher may publish the batch at once; this one stays drafts.
    await page.getByLabel('Xuất bản ngay (không để bản nháp)').waitFor()
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
    await page.locator('[data-testid="import-status"][data-status="done"]').waitFor({
      timeout: 60_000,
    })
    const status = await page.getByTestId('import-status').innerText()
    expect(status).toContain('Đã xử lý 2/2')
    expect(status).toContain('tạo mới 1')
    expect(status).toContain('lỗi 1')
    await page.getByRole('heading', { name: 'Các dòng lỗi' }).waitFor()
    await shootAdminPage({ page, name: 'import-02-done' })
    expect(pageErrors).toEqual([])
    await context.close()
  }, 180_000)
})
