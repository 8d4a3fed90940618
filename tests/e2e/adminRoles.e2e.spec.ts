import fs from 'node:fs/promises'
import path from 'node:path'

import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STAFF_ROLES, type StaffRole } from '../../src/access/roles'
import {
  apiLogin,
  apiOf,
  createStaffAccount,
  logInToAdmin,
  settle,
  visibleTextProblems,
  type Account,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')

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
  let api: Api
  const users = new Map<StaffRole, Account>()

  beforeAll(async () => {
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    const adminToken = await apiLogin({ api, account: server.admin })
    for (const role of STAFF_ROLES) {
      users.set(role, await createStaffAccount({ api, adminToken, role, name: `Cán bộ ${role}` }))
    }
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

      await logInToAdmin({ page, baseUrl: server.baseUrl, account: users.get(role)! })
      if (role === 'admin')
        await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-login.png') })
      const visits = await pagesFor({ page })
      for (const visit of visits) {
        current = visit.name
        await page.goto(`${server.baseUrl}${visit.path}`, { waitUntil: 'load' })
        await settle(page)
        problems.push(...(await visibleTextProblems({ page, where: visit.path })))
        if (visit.name === 'edit-photo') {
          // Its embedded-metadata JSON field uses the code editor: it must load, from the app.
          await page
            .locator('.monaco-editor')
            .first()
            .waitFor({ state: 'attached', timeout: 30_000 })
        }
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

  /**
   * What a role can open: the dashboard, every collection in its nav (and its create view
   * where the role may create), an article and a photo this role may read, the boards it is
   * shown in the nav and the ones it is not (each must answer with a sentence, not an error),
   * and the settings (their JSON and code fields load the code editor, from the app).
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
    // The newest article and photo this role may read (its own agency's drafts included).
    const firstReadable = async (query: string): Promise<number> => {
      const answer = await page.request.get(`${server.baseUrl}/api/${query}`)
      const { docs } = (await answer.json()) as { docs: Array<{ id: number }> }
      expect(docs.length, `nothing readable at ${query}`).toBeGreaterThan(0)
      return docs[0]!.id
    }
    const articleId = await firstReadable('articles?limit=1&depth=0&draft=true&sort=-updatedAt')
    const photoId = await firstReadable(
      'media?limit=1&depth=0&draft=true&sort=-updatedAt&where[kind][equals]=image',
    )
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
})
