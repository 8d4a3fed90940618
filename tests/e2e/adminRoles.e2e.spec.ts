import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INFO_TYPES } from '../../collections/Articles'
import { MEDIA_KINDS } from '../../collections/Media'
import { STAFF_ROLES, type StaffRole } from '../../src/access/roles'
import { LOCALES } from '../../src/i18n/locales'
import { TRANSLATION_STATES, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../src/workflow/states'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')
/** The newspaper-and-broadcaster (src/seed/data/agencies.ts), whose staff the story follows. */
const NEWSROOM_AGENCY_CODE = 'bao-va-phat-thanh-truyen-hinh'

/**
 * Stored values that must never reach a Vietnamese admin page as visible text: option values
 * whose labels the page should show instead. Words also used as ordinary text (none of these
 * are Vietnamese) are matched as whole words only.
 */
/** Option values that are also everyday Vietnamese words ("Ảnh, video, ấn phẩm"). */
const VIETNAMESE_WORDS = new Set(['video'])

const RAW_VALUES = [
  ...INFO_TYPES.map(({ value }) => value),
  ...MEDIA_KINDS.map(({ value }) => value),
  ...WORKFLOW_STATES,
  ...WORKFLOW_ACTIONS,
  ...TRANSLATION_STATES,
].filter((value) => !VIETNAMESE_WORDS.has(value))

type Visit = { name: string; path: string }

/**
 * Every staff role in the admin, in Chromium against the production build with the demo seed,
 * in Vietnamese: no page any role can reach shows an error page, answers a 5xx, throws in the
 * browser, logs a console error, shows a raw option value or `[object Object]`, or loads
 * anything from outside the app (the admin must work offline).
 */
describe('the admin for every staff role in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let adminToken = ''
  let articleId = 0
  let photoId = 0
  const users = new Map<StaffRole, { email: string; password: string }>()

  beforeAll(async () => {
    await fs.access(CHROMIUM).catch(() => {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`)
    })
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    server = await startLibraryServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    adminToken = await apiLogin({ email: server.admin.email, password: server.admin.password })
    const agencies = (await (
      await api({
        path: `/api/agencies?where[code][equals]=${NEWSROOM_AGENCY_CODE}&depth=0`,
        token: adminToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    const agencyId = agencies.docs[0]!.id
    for (const role of STAFF_ROLES) {
      // Long, random and uncommon: whatever password policy is in force accepts it.
      const account = {
        email: `${role}.${Date.now()}@e2e.test`,
        password: `Sen-vang-${randomBytes(9).toString('base64url')}`,
      }
      const created = await api({
        method: 'POST',
        path: '/api/users',
        token: adminToken,
        body: { ...account, name: `Cán bộ ${role}`, roles: [role], agency: agencyId },
      })
      expect(created.status, await created.clone().text()).toBe(201)
      users.set(role, account)
    }
    const article = (await (
      await api({ path: '/api/articles?limit=1&depth=0&draft=true', token: adminToken })
    ).json()) as { docs: Array<{ id: number }> }
    articleId = article.docs[0]!.id
    const photo = (await (
      await api({
        path: '/api/media?limit=1&depth=0&draft=true&where[kind][equals]=image',
        token: adminToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    photoId = photo.docs[0]!.id
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const role of STAFF_ROLES) {
    it(`shows a ${role} every page they can reach without an error, raw value or outside request`, async () => {
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
      const page = await context.newPage()
      const problems: string[] = []
      // Which page a console message or answer belongs to, for the failure message.
      let current = 'login'
      const outside: string[] = []
      page.on('pageerror', (error) => problems.push(`${current}: pageerror: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${current}: console: ${message.text()}`)
      })
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(`${server.baseUrl}/`) && !/^(data|blob):/.test(url)) outside.push(url)
      })
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() >= 500)
          problems.push(`${current}: HTTP ${response.status()}: ${response.url()}`)
      })

      await logIn({ page, role })
      const visits = await pagesFor({ page })
      for (const visit of visits) {
        current = visit.name
        await page.goto(`${server.baseUrl}${visit.path}`, { waitUntil: 'load' })
        await settle(page)
        const text = await page.locator('body').innerText()
        if (/This page couldn.t load|Application error|Internal Server Error/i.test(text))
          problems.push(`error page at ${visit.path}`)
        for (const word of rawValuesIn(text)) problems.push(`raw value "${word}" at ${visit.path}`)
        if (text.includes('[object Object]')) problems.push(`[object Object] at ${visit.path}`)
        // A language code alone in a table cell ("vi", "en") is a stored value, not a label.
        const cells = await page.locator('td').allInnerTexts()
        for (const cell of cells.filter((value) =>
          (LOCALES as readonly string[]).includes(value.trim()),
        ))
          problems.push(`language code "${cell.trim()}" in a cell at ${visit.path}`)
        if (visit.name === 'edit-photo') {
          // Its embedded-metadata JSON field uses the code editor: it must load, from the app.
          await page
            .locator('.monaco-editor')
            .first()
            .waitFor({ state: 'attached', timeout: 30_000 })
        }
        const labels = await page
          .locator('[aria-label*="object Object"], [title*="object Object"]')
          .count()
        if (labels > 0) problems.push(`[object Object] in a label at ${visit.path}`)
        await page.screenshot({
          path: path.join(SCREENSHOTS, `admin-${role}-${visit.name}.png`),
          fullPage: false,
        })
      }
      expect(outside, 'requests that left the app').toEqual([])
      expect(problems).toEqual([])
      await context.close()
    })
  }

  /** Logs in through the admin's own form, in Vietnamese. */
  async function logIn({ page, role }: { page: Page; role: StaffRole }): Promise<void> {
    const account = users.get(role)!
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.locator('input[name="email"]').fill(account.email)
    await page.locator('input[name="password"]').fill(account.password)
    if (role === 'admin') await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-login.png') })
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
  }

  /**
   * What a role can open: the dashboard, every collection in its nav (and its create view
   * where the role may create), an article and a photo, the boards it is shown in the nav and
   * the ones it is not (each must answer with a sentence, not an error), and the settings
   * (their JSON and code fields load the code editor, which must come from the app).
   */
  async function pagesFor({ page }: { page: Page }): Promise<Visit[]> {
    const visits: Visit[] = [{ name: 'dashboard', path: '/admin' }]
    const hrefs = await page
      .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    const permissions = (await (await page.request.get(`${server.baseUrl}/api/access`)).json()) as {
      collections: Record<string, { create?: boolean }>
    }
    for (const href of [...new Set(hrefs)]) {
      const slug = href.split('/')[3] ?? ''
      visits.push({ name: `list-${slug}`, path: href })
      if (href.startsWith('/admin/collections/') && permissions.collections[slug]?.create)
        visits.push({ name: `create-${slug}`, path: `${href}/create` })
    }
    visits.push(
      { name: 'edit-article', path: `/admin/collections/articles/${articleId}` },
      { name: 'edit-photo', path: `/admin/collections/media/${photoId}` },
      { name: 'review-queue', path: '/admin/review-queue' },
      { name: 'translation-board', path: '/admin/translation-board' },
      { name: 'deliveries-board', path: '/admin/deliveries-board' },
      { name: 'settings', path: '/admin/globals/settings' },
    )
    return visits
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

/** The raw option values that appear as whole words in `text`. */
function rawValuesIn(text: string): string[] {
  // Not inside a longer name: a file name ("image.jpg"), a MIME type ("image/jpeg"), a slug.
  return RAW_VALUES.filter((value) =>
    new RegExp(`(^|[^\\p{L}\\p{N}_./-])${value}(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, 'u').test(text),
  )
}
