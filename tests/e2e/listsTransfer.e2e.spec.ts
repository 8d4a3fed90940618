import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readListsFile, writeListsWorkbook } from '../../src/lists/listsWorkbook'
import type { ListName, ListRow } from '../../src/lists/listSheets'
import {
  apiLogin,
  apiOf,
  clickNavLink,
  logInToAdmin,
  shootAdminPage,
  vietnameseAdminContext,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const RENAMED = 'Tourism and travel (edited in the workbook)'
const NEW_PLACE = {
  slug: 'ho-da-ban-thu',
  kind: 'nature',
  name_vi: 'Hồ Đá Bàn',
  name_en: 'Da Ban Lake',
}

/**
 * Issue 19 item 4 in the Vietnamese admin, in Chromium against the production build with the
 * demo seed: the administrator opens "Nhập, xuất danh mục" from the nav, downloads the lists
 * workbook, edits it (a topic's English name, a new place), uploads it for a dry run, reads the
 * report (one update, one creation, nothing written yet), imports it, and finds both saved.
 */
describe('the lists import and export page in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let adminToken: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    adminToken = await apiLogin({ api, account: server.admin })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function topicEnglishName(slug: string): Promise<string | undefined> {
    const response = await api({
      method: 'GET',
      path: `/api/topics?where[slug][equals]=${slug}&locale=en&fallback-locale=none&depth=0`,
      token: adminToken,
    })
    const body = (await response.json()) as { docs: Array<{ name?: string }> }
    return body.docs[0]?.name
  }

  async function placeCount(slug: string): Promise<number> {
    const response = await api({
      method: 'GET',
      path: `/api/places?where[slug][equals]=${slug}&depth=0`,
      token: adminToken,
    })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }

  it('downloads the workbook, dry-runs an edited one and imports it', async () => {
    const context = await vietnameseAdminContext({ browser, pageErrors, acceptDownloads: true })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: server.admin })

    await clickNavLink({ page, id: 'nav-board-lists' })
    await page.waitForURL(/\/admin\/lists/)
    await page.getByRole('heading', { name: 'Nhập và xuất danh mục' }).first().waitFor()
    await shootAdminPage({ page, name: 'lists-01-page' })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải danh mục (XLSX)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^lists-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const workbook = await readListsFile({ data: await fs.readFile(await download.path()) })
    const rows = Object.fromEntries(
      Object.entries(workbook).map(([list, sheet]) => [list, sheet.rows.map(({ cells }) => cells)]),
    ) as Partial<Record<ListName, ListRow[]>>
    expect(rows.agencies?.length).toBeGreaterThan(5)
    const tourism = rows.topics?.find((row) => row.slug === 'du-lich')
    expect(tourism?.name_vi).toBe('Du lịch')
    tourism!.name_en = RENAMED
    rows.places = [...(rows.places ?? []), { ...NEW_PLACE }]
    const edited = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-lists-')), 'lists.xlsx')
    await fs.writeFile(edited, await writeListsWorkbook({ rows }))

    await page.locator('#lists-file').setInputFiles(edited)
    await page.getByRole('button', { name: 'Kiểm tra trước (chưa ghi)' }).click()
    const report = page.locator('[data-testid="lists-report"][data-dry-run="true"]')
    await report.waitFor()
    await expect
      .poll(() => report.getByRole('status').innerText())
      .toContain('Kiểm tra trước: chưa ghi gì.')
    expect(await report.getByRole('status').innerText()).toMatch(/Tạo mới: 1 · Cập nhật: 1 ·/)
    const updated = report.locator('tr[data-action="update"]')
    expect(await updated.innerText()).toContain('du-lich')
    expect(await updated.innerText()).toContain('name_en')
    expect(await report.locator('tr[data-action="create"]').innerText()).toContain(NEW_PLACE.slug)
    await shootAdminPage({ page, name: 'lists-02-dry-run' })
    // Nothing written by the dry run.
    expect(await topicEnglishName('du-lich')).not.toBe(RENAMED)
    expect(await placeCount(NEW_PLACE.slug)).toBe(0)

    await report.getByRole('button', { name: 'Nhập', exact: true }).click()
    const done = page.locator('[data-testid="lists-report"][data-dry-run="false"]')
    await done.waitFor()
    expect(await done.getByRole('status').innerText()).toContain('Đã nhập xong.')
    await shootAdminPage({ page, name: 'lists-03-imported' })
    expect(await topicEnglishName('du-lich')).toBe(RENAMED)
    expect(await placeCount(NEW_PLACE.slug)).toBe(1)
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
