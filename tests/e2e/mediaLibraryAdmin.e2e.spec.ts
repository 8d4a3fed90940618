import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainJpeg } from '../helpers/mediaFixtures'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')
/** The newspaper-and-broadcaster (src/seed/data/agencies.ts), whose staff the story follows. */
const NEWSROOM_AGENCY_CODE = 'bao-va-phat-thanh-truyen-hinh'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

/**
 * The media library as a contributor sees it in the Vietnamese admin, in Chromium against the
 * production build with the demo seed: photos titled by caption or uploaded file name, with
 * thumbnails, found by caption and file name in the list and in the article's picker, and
 * several files dropped at once on the article's photo field open Payload's bulk upload.
 */
describe('the media library in the admin, in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let filesDir = ''
  const stamp = Date.now().toString(36)
  const caption = `Hội chợ xuân Biên Hòa ${stamp}`
  const originalName = `hoi-cho-xuan-${stamp}.jpg`
  const account = {
    email: `contributor.media.${stamp}@e2e.test`,
    password: `Sen-vang-${randomBytes(9).toString('base64url')}`,
  }

  beforeAll(async () => {
    await fs.access(CHROMIUM).catch(() => {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`)
    })
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-media-'))
    server = await startLibraryServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    const adminToken = await apiLogin({
      email: server.admin.email,
      password: server.admin.password,
    })
    const agencies = (await (
      await api({
        path: `/api/agencies?where[code][equals]=${NEWSROOM_AGENCY_CODE}&depth=0`,
        token: adminToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    const created = await api({
      method: 'POST',
      path: '/api/users',
      token: adminToken,
      body: {
        ...account,
        name: 'Phóng viên ảnh',
        roles: ['contributor'],
        agency: agencies.docs[0]!.id,
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const token = await apiLogin(account)
    const form = new FormData()
    const photo = await plainJpeg({ width: 640, height: 480 })
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), originalName)
    form.append(
      '_payload',
      JSON.stringify({
        kind: 'image',
        accessTier: 'public',
        classification: 'unclassified',
        caption,
      }),
    )
    const uploaded = await fetch(`${server.baseUrl}/api/media?draft=true&locale=vi`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'vi' },
      body: form,
    })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    for (const index of [1, 2, 3]) {
      await fs.writeFile(
        path.join(filesDir, `su-kien-${index}.jpg`),
        await plainJpeg({ width: 400, height: 300 }),
      )
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (filesDir) await fs.rm(filesDir, { recursive: true, force: true })
  })

  it('titles photos by caption, shows thumbnails and finds them by caption and file name', async () => {
    const { page, problems, close } = await contributorPage()
    await page.goto(`${server.baseUrl}/admin/collections/media`)
    await settle(page)
    for (const [name, text] of [
      ['caption', stamp],
      ['file-name', originalName],
    ] as const) {
      await search({ page, text })
      const row = page.locator('tbody tr').filter({ hasText: caption })
      await expect.poll(() => row.count()).toBe(1)
      // The row's link, the title, is the caption, not the generated stored name.
      const link = row.locator('a').first()
      expect(await link.innerText()).not.toMatch(UUID)
      await expect
        .poll(() => row.locator('img').evaluateAll((images) => images.length))
        .toBeGreaterThan(0)
      await page.screenshot({ path: path.join(SCREENSHOTS, `media-list-search-${name}.png`) })
    }
    // The edit view's title is the caption too.
    await page.locator('tbody tr').filter({ hasText: caption }).locator('a').first().click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+/)
    await settle(page)
    expect(await page.title()).toContain(caption)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'media-edit-title.png') })
    expect(problems).toEqual([])
    await close()
  })

  it('lets an article pick a photo by file name with thumbnails, and take three files at once', async () => {
    const { page, problems, close } = await contributorPage()
    await page.goto(`${server.baseUrl}/admin/collections/articles/create`)
    await settle(page)
    const field = page.locator('#field-media')
    await field.scrollIntoViewIfNeeded()
    await field.getByRole('button', { name: 'Chọn từ thư viện' }).click()
    const drawer = page.locator('.list-drawer').last()
    await drawer.locator('#search-filter-input').fill(originalName)
    const row = drawer.locator('tbody tr').filter({ hasText: caption })
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1)
    await expect
      .poll(() => row.locator('img').evaluateAll((images) => images.length))
      .toBeGreaterThan(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-media-picker-search.png') })
    await page.keyboard.press('Escape')

    // Three files dropped on the field open the bulk upload drawer with all three in it, where
    // "Sửa nhiều" sets caption, credit and topics once for every file.
    await field
      .locator('input[type="file"]')
      .first()
      .setInputFiles([1, 2, 3].map((index) => path.join(filesDir, `su-kien-${index}.jpg`)))
    const rows = page.locator('.file-selections__fileRow')
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-media-bulk-upload.png') })
    expect(problems).toEqual([])
    await close()
  })

  async function contributorPage(): Promise<{
    page: Page
    problems: string[]
    close: () => Promise<void>
  }> {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('input[name="email"]').fill(account.email)
    await page.locator('input[name="password"]').fill(account.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    return { page, problems, close: () => context.close() }
  }

  async function search({ page, text }: { page: Page; text: string }): Promise<void> {
    const box = page.locator('#search-filter-input').first()
    await box.fill(text)
    await page.waitForURL((url) => url.searchParams.get('search') === text, { timeout: 15_000 })
    await settle(page)
  }

  async function apiLogin({ email, password }: { email: string; password: string }) {
    const response = await api({
      method: 'POST',
      path: '/api/users/login',
      body: { email, password },
    })
    expect(response.status, await response.clone().text()).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  function api({
    method = 'GET',
    path: urlPath,
    token,
    body,
  }: {
    method?: string
    path: string
    token?: string
    body?: unknown
  }): Promise<Response> {
    return fetch(`${server.baseUrl}${urlPath}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'vi',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }
})

/** Waits until the page has stopped fetching (Payload's lists and fields load after `load`). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
}
