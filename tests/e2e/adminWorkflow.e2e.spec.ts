import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')
/** The newspaper-and-broadcaster (src/seed/data/agencies.ts), whose staff the story follows. */
const NEWSROOM_AGENCY_CODE = 'bao-va-phat-thanh-truyen-hinh'

const VI = {
  title: 'Khai mạc Lễ hội Hoa Sen năm 2026',
  summary: 'Lễ hội Hoa Sen thu hút hàng nghìn du khách trong và ngoài nước.',
  body: 'Sáng nay, lễ hội chính thức khai mạc tại quảng trường tỉnh.',
}
const EN = {
  title: 'Lotus Festival 2026 openz',
  fixedTitle: 'Lotus Festival 2026 opens',
  summary: 'The Lotus Festival draws thousands of visitors from home and abroad.',
  body: 'The festival opened this morning on the provincial square.',
}

/**
 * The editorial workflow played with buttons in the Vietnamese admin, in Chromium against the
 * production build with the demo seed, with the mouse and keyboard only: a contributor writes an
 * article and its English translation and submits both languages; a publisher sends the English
 * back with a reason; the contributor fixes and resubmits; the publisher approves and publishes
 * both languages (and the attached draft photo, in the same step); an anonymous reader of the
 * public library then reads the English text.
 */
describe('the editorial workflow in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let contributorContext: BrowserContext
  let publisherContext: BrowserContext
  let contributorPage: Page
  let publisherPage: Page
  const accounts = {
    contributor: { email: '', password: '' },
    publisher: { email: '', password: '' },
  }
  let adminToken = ''
  let articleId = ''
  let photoId = 0
  const pageErrors: string[] = []

  beforeAll(async () => {
    await fs.access(CHROMIUM).catch(() => {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`)
    })
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    server = await startLibraryServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    adminToken = await apiLogin(server.admin)
    const agencies = (await (
      await api({
        path: `/api/agencies?where[code][equals]=${NEWSROOM_AGENCY_CODE}&depth=0`,
        token: adminToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    const agencyId = agencies.docs[0]!.id
    for (const role of ['contributor', 'publisher'] as const) {
      // Long, random and uncommon: whatever password policy is in force accepts it.
      const account = {
        email: `workflow.${role}.${Date.now()}@e2e.test`,
        password: `Hoa-sen-${randomBytes(9).toString('base64url')}`,
      }
      const created = await api({
        method: 'POST',
        path: '/api/users',
        token: adminToken,
        body: { ...account, name: `Biên tập viên ${role}`, roles: [role], agency: agencyId },
      })
      expect(created.status, await created.clone().text()).toBe(201)
      accounts[role] = account
    }
    contributorContext = await newContext()
    publisherContext = await newContext()
    contributorPage = await contributorContext.newPage()
    publisherPage = await publisherContext.newPage()
    watchForErrors(contributorPage)
    watchForErrors(publisherPage)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a contributor write an article and submit it, without any publish button', async () => {
    const page = contributorPage
    await logIn({ page, account: accounts.contributor })
    await page.goto(`${server.baseUrl}/admin/collections/articles/create`)
    await typeInto(page.locator('#field-title'), VI.title)
    await typeInto(page.locator('#field-summary'), VI.summary)
    await typeInto(page.locator('.rich-text-lexical [contenteditable="true"]').first(), VI.body)
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    articleId = new URL(page.url()).pathname.split('/').pop()!
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Việt: Bản nháp')
    expect(await page.getByRole('button', { name: /Xuất bản/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor()
    await shoot(page, 'workflow-01-contributor-draft-vi')

    // A draft photo attached to the article, as the upload drawer would (through the API).
    photoId = await uploadDraftPhoto()
    await page.reload()
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor()
  })

  it('lets the contributor start the English translation beside the Vietnamese source and submit it', async () => {
    const page = contributorPage
    await switchLanguage({ page, label: 'English', code: 'en' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chưa dịch')
    const source = page.getByTestId('vietnamese-source')
    await source.waitFor()
    expect(await source.innerText()).toContain(VI.title)
    expect(await source.innerText()).toContain(VI.summary)
    await clickWorkflowButton({ page, name: 'Bắt đầu dịch' })
    await expectToast({ page, text: 'Đã bắt đầu dịch bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đang dịch')
    // The translation starts from the Vietnamese text, and the form shows it without a reload.
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(VI.title)

    await typeInto(page.locator('#field-title'), EN.title)
    await typeInto(page.locator('#field-summary'), EN.summary)
    await typeInto(page.locator('.rich-text-lexical [contenteditable="true"]').first(), EN.body)
    await shoot(page, 'workflow-02-contributor-translating-en')
    // Unsaved edits are saved as a draft first, then submitted.
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
    expect(await page.getByRole('button', { name: /Xuất bản/ }).count()).toBe(0)
    await shoot(page, 'workflow-03-contributor-submitted-en')

    await switchLanguage({ page, label: 'Tiếng Việt', code: 'vi' })
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Việt' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Việt: Chờ duyệt')
  })

  it('lets a publisher send the English back with a required reason', async () => {
    const page = publisherPage
    await logIn({ page, account: accounts.publisher })
    await page.goto(`${server.baseUrl}/admin/collections/articles/${articleId}`)
    await switchLanguage({ page, label: 'English', code: 'en' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
    await clickWorkflowButton({ page, name: 'Trả lại' })
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    // No reason, no step: the dialog says so and stays open.
    await dialog.getByRole('button', { name: 'Trả lại' }).click()
    await dialog.getByRole('alert').waitFor()
    await dialog.getByLabel('Lý do (bắt buộc)').click()
    await page.keyboard.type('Tiêu đề tiếng Anh sai chính tả: “openz”.')
    await shoot(page, 'workflow-04-publisher-send-back-en')
    await dialog.getByRole('button', { name: 'Trả lại' }).click()
    await expectToast({ page, text: 'Đã trả lại bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đang dịch')
  })

  it('lets the contributor fix the English and submit it again', async () => {
    const page = contributorPage
    await page.goto(`${server.baseUrl}/admin/collections/articles/${articleId}?locale=en`)
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đang dịch')
    await typeInto(page.locator('#field-title'), EN.fixedTitle)
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
  })

  it('lets the publisher approve and publish both languages and the attached draft photo', async () => {
    const page = publisherPage
    await page.reload()
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
    await clickWorkflowButton({ page, name: 'Duyệt' })
    await expectToast({ page, text: 'Đã duyệt bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đã duyệt')
    // The source is not live yet: a translation cannot go first.
    expect(await page.getByRole('button', { name: 'Xuất bản bản dịch' }).count()).toBe(0)

    await switchLanguage({ page, label: 'Tiếng Việt', code: 'vi' })
    await clickWorkflowButton({ page, name: 'Duyệt' })
    await expectToast({ page, text: 'Đã duyệt bản tiếng Việt' })
    await clickWorkflowButton({ page, name: 'Xuất bản' })
    const dialog = page.getByTestId('publish-dialog')
    await dialog.waitFor()
    const photo = dialog.getByRole('checkbox')
    expect(await photo.count()).toBe(1)
    expect(await photo.isChecked()).toBe(true)
    await shoot(page, 'workflow-05-publisher-publish-vi-with-photo')
    await dialog.getByRole('button', { name: 'Xuất bản' }).click()
    await expectToast({ page, text: 'Đã xuất bản tư liệu đính kèm (1)' })
    await expectToast({ page, text: 'Đã xuất bản bản tiếng Việt' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Việt: Đã xuất bản')

    await switchLanguage({ page, label: 'English', code: 'en' })
    await clickWorkflowButton({ page, name: 'Xuất bản bản dịch' })
    await page
      .getByTestId('publish-dialog')
      .getByRole('button', { name: 'Xuất bản bản dịch' })
      .click()
    await expectToast({ page, text: 'Đã xuất bản bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đã duyệt · đã xuất bản')
    await page.getByRole('button', { name: 'Gỡ bản dịch' }).waitFor()
    await shoot(page, 'workflow-06-publisher-published-en')

    const article = (await (
      await api({ path: `/api/articles/${articleId}?depth=0&locale=en`, token: adminToken })
    ).json()) as { publishedLocales: string[]; workflowState: string; title: string }
    expect(article.workflowState).toBe('published')
    expect([...article.publishedLocales].sort()).toEqual(['en', 'vi'])
    const media = (await (
      await api({ path: `/api/media/${photoId}?depth=0`, token: adminToken })
    ).json()) as { workflowState: string }
    expect(media.workflowState).toBe('published')
  })

  it('serves the English text to an anonymous reader of the public library', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/en/articles/${articleId}`)
    await page.locator('h1').waitFor()
    expect(await page.locator('h1').innerText()).toBe(EN.fixedTitle)
    expect(await page.locator('body').innerText()).toContain(EN.body)
    expect(await page.getByTestId('fallback-notice').count()).toBe(0)
    await shoot(page, 'workflow-07-library-en')
    await context.close()
    expect(pageErrors, 'uncaught errors in the admin').toEqual([])
  })

  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1440, height: 1000 },
    })
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
    return context
  }

  /** Notes any uncaught error in the admin's pages; the story fails on them at the end. */
  function watchForErrors(page: Page): void {
    page.on('pageerror', (error) => pageErrors.push(error.message))
  }

  async function logIn({
    page,
    account,
  }: {
    page: Page
    account: { email: string; password: string }
  }): Promise<void> {
    await page.goto(`${server.baseUrl}/admin/login`)
    await typeInto(page.locator('input[name="email"]'), account.email)
    await typeInto(page.locator('input[name="password"]'), account.password)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
  }

  /** Clicks into a field, selects what it holds and types over it, as a person would. */
  async function typeInto(field: Locator, text: string): Promise<void> {
    await field.click()
    await field.press('ControlOrMeta+a')
    await field.page().keyboard.type(text)
  }

  /** Changes the admin's content language with the header's language menu. */
  async function switchLanguage({
    page,
    label,
    code,
  }: {
    page: Page
    label: string
    code: string
  }): Promise<void> {
    await page.locator('.localizer .popup-button').first().click()
    // The menu's entries read "English (en)"; the menu itself may be rendered outside the header.
    await page.getByRole('button', { name: new RegExp(`^${label}\\s*\\(${code}\\)$`) }).click()
    await page.waitForURL((url) => url.searchParams.get('locale') === code)
    await page.getByTestId('language-status').waitFor()
  }

  async function clickWorkflowButton({ page, name }: { page: Page; name: string }): Promise<void> {
    const button = page.getByRole('button', { name, exact: true }).first()
    await button.waitFor()
    await expect.poll(() => button.isEnabled()).toBe(true)
    await button.click()
  }

  async function expectToast({ page, text }: { page: Page; text: string }): Promise<void> {
    // Attached, not visible: a newer toast may stack over it at once.
    const toasts = page.locator('.payload-toast-container')
    await toasts
      .getByText(text)
      .first()
      .waitFor({ state: 'attached' })
      .catch(async (error: Error) => {
        throw new Error(`No toast "${text}"; toasts: ${await toasts.innerText()}`, { cause: error })
      })
  }

  async function languageStatus(page: Page): Promise<string> {
    const status = page.getByTestId('language-status')
    return (await status.count()) > 0 ? (await status.innerText()).trim() : ''
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  }

  /** A draft photo of the contributor's agency, attached to the article (REST, as the contributor). */
  async function uploadDraftPhoto(): Promise<number> {
    const token = await apiLogin(accounts.contributor)
    const jpeg = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 90, b: 120 } },
    })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'hoa-sen.jpg')
    form.append(
      '_payload',
      JSON.stringify({ kind: 'image', caption: 'Hoa sen nở trong lễ hội', credit: 'Báo tỉnh' }),
    )
    const uploaded = await fetch(`${server.baseUrl}/api/media?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { id: number } }
    const attached = await api({
      method: 'PATCH',
      path: `/api/articles/${articleId}?draft=true&locale=vi`,
      token,
      body: { media: [doc.id] },
    })
    expect(attached.status, await attached.clone().text()).toBe(200)
    return doc.id
  }

  async function apiLogin({
    email,
    password,
  }: {
    email: string
    password: string
  }): Promise<string> {
    const response = await api({
      method: 'POST',
      path: '/api/users/login',
      body: { email, password },
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  function api({
    method = 'GET',
    path: apiPath,
    token,
    body,
  }: {
    method?: string
    path: string
    token?: string
    body?: unknown
  }): Promise<Response> {
    return fetch(`${server.baseUrl}${apiPath}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }
})
