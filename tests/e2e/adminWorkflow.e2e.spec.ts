import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  apiLogin,
  apiOf,
  createStaffAccount,
  logInToAdmin,
  typeInto,
  visibleTextProblems,
  type Account,
  type Api,
} from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')

const VI = {
  title: 'Khai mạc Lễ hội Hoa Sen năm 2026',
  summary: 'Lễ hội Hoa Sen thu hút hàng nghìn du khách trong và ngoài nước.',
  body: 'Sáng nay, lễ hội chính thức khai mạc tại quảng trường tỉnh.',
}
const PHOTOS = {
  caption: 'Hoa sen nở trong ngày khai mạc lễ hội',
  credit: 'Báo và Phát thanh, Truyền hình tỉnh',
  files: ['sen-hong.jpg', 'sen-trang.jpg', 'dam-sen.jpg'],
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
 * article, uploads three photos at once from it with a shared caption and credit, adds the
 * English translation and submits both languages; the publisher finds them on the dashboard and
 * in the review queue and sends the English back with a reason; the contributor fixes and
 * resubmits; the publisher approves and publishes both languages and the photos in the same
 * step; the public library then shows the article in Vietnamese and English with its photos.
 * Every page the story visits is checked for raw values, `[object Object]` and English.
 */
describe('the editorial workflow in the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let contributorContext: BrowserContext
  let publisherContext: BrowserContext
  let contributorPage: Page
  let publisherPage: Page
  const accounts = {} as Record<'contributor' | 'publisher', Account>
  let adminToken = ''
  let articleId = ''
  let photoIds: number[] = []
  let photoDir = ''
  const pageErrors: string[] = []
  const textProblems: string[] = []

  beforeAll(async () => {
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    photoDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-photos-'))
    const colours = [
      { r: 214, g: 92, b: 132 },
      { r: 236, g: 232, b: 220 },
      { r: 70, g: 150, b: 90 },
    ]
    for (const [index, name] of PHOTOS.files.entries()) {
      await sharp({
        create: { width: 1200, height: 800, channels: 3, background: colours[index]! },
      })
        .jpeg()
        .toFile(path.join(photoDir, name))
    }
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    adminToken = await apiLogin({ api, account: server.admin })
    for (const role of ['contributor', 'publisher'] as const) {
      accounts[role] = await createStaffAccount({
        api,
        adminToken,
        role,
        name: `Biên tập viên ${role}`,
      })
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
    if (photoDir) await fs.rm(photoDir, { recursive: true, force: true })
  })

  it('lets a contributor write an article and upload three photos at once from it, without any publish button', async () => {
    const page = contributorPage
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: accounts.contributor })
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

    // "Tạo mới" in the article's media field opens the bulk upload; three files from the disk.
    const mediaField = page.locator('.field-type.upload').first()
    await mediaField.getByRole('button', { name: 'Tạo mới' }).click()
    const bulk = page.locator('.drawer--is-open').last()
    const chooser = page.waitForEvent('filechooser')
    await bulk.getByRole('button', { name: /Chọn/ }).first().click()
    await (await chooser).setFiles(PHOTOS.files.map((name) => path.join(photoDir, name)))
    await bulk.getByText('3 Tệp để Tải lên').first().waitFor()
    // A contributor saves drafts; publishing the batch is a publisher's step.
    expect(await bulk.getByRole('button', { name: 'Xuất bản', exact: true }).count()).toBe(0)

    // One caption and credit for the whole event, through "Chỉnh sửa tất cả".
    await bulk.getByRole('button', { name: 'Chỉnh sửa tất cả' }).click()
    const editAll = page.locator('.drawer--is-open').last()
    await editAll.locator('.react-select').first().click()
    const offered = await page.locator('.rs__menu').innerText()
    textProblems.push(
      ...offered
        .split('\n')
        .filter((label) => /^[A-Z_][A-Za-z_ ]+$/.test(label.trim()))
        .map((label) => `English field "${label}" offered in "Chỉnh sửa tất cả"`),
    )
    await page.locator('.rs__menu').getByText('Chú thích', { exact: true }).click()
    await editAll.locator('.react-select').first().click()
    await page.locator('.rs__menu').getByText('Nguồn, tác giả', { exact: true }).click()
    await editAll.locator('textarea').first().click()
    await page.keyboard.type(PHOTOS.caption)
    await editAll.locator('#field-credit').click()
    await page.keyboard.type(PHOTOS.credit)
    await shoot(page, 'workflow-02-contributor-photos-edit-all')
    await editAll.getByRole('button', { name: 'Áp dụng thay đổi' }).click()
    await bulk.getByRole('button', { name: 'Lưu bản nháp' }).click()

    // The three photos are attached, each named by its caption, with a thumbnail.
    const cards = mediaField.locator('.upload-relationship-details, .upload-card')
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(3)
    const cardText = await mediaField.innerText()
    expect(cardText.match(/hoa-sen-no-trong-ngay-khai-mac-le-hoi-[a-z0-9]{10}\.jpg/g)).toHaveLength(
      3,
    )
    await expect.poll(() => mediaField.locator('img').count()).toBeGreaterThanOrEqual(3)
    await page.locator('#action-save-draft').click()
    await expectToast({ page, text: 'thành công' })
    await shoot(page, 'workflow-03-contributor-photos-attached')

    const article = (await (
      await api({ path: `/api/articles/${articleId}?depth=1&draft=true`, token: adminToken })
    ).json()) as {
      media: Array<{
        id: number
        caption: string
        credit: string
        _status: string
        originalFilename: string
      }>
    }
    expect(article.media.map((photo) => photo.originalFilename).sort()).toEqual(
      [...PHOTOS.files].sort(),
    )
    for (const photo of article.media) {
      expect(photo).toMatchObject({
        caption: PHOTOS.caption,
        credit: PHOTOS.credit,
        _status: 'draft',
      })
    }
    photoIds = article.media.map((photo) => photo.id)
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
    await shoot(page, 'workflow-04-contributor-translating-en')
    // Unsaved edits are saved as a draft first, then submitted.
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
    expect(await page.getByRole('button', { name: /Xuất bản/ }).count()).toBe(0)
    await shoot(page, 'workflow-05-contributor-submitted-en')

    await switchLanguage({ page, label: 'Tiếng Việt', code: 'vi' })
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Việt' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Việt: Chờ duyệt')
  })

  it('shows the publisher both languages on the dashboard and in the review queue', async () => {
    const page = publisherPage
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: accounts.publisher })
    const waiting = page.locator('[data-dashboard-card="waitingForReview"]')
    await waiting.getByText(VI.title).first().waitFor()
    await shoot(page, 'workflow-06-publisher-dashboard')
    await page.goto(`${server.baseUrl}/admin/review-queue`)
    const row = page.locator('tr', { hasText: VI.title })
    await row.first().waitFor()
    await shoot(page, 'workflow-07-publisher-review-queue')
    // Opened from the queue, as a publisher would.
    await row.first().getByRole('link').first().click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}`))
  })

  it('lets a publisher send the English back with a required reason', async () => {
    const page = publisherPage
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
    await shoot(page, 'workflow-08-publisher-send-back-en')
    await dialog.getByRole('button', { name: 'Trả lại' }).click()
    await expectToast({ page, text: 'Đã trả lại bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đang dịch')
  })

  it('lets the contributor fix the English and submit it again', async () => {
    const page = contributorPage
    await page.goto(`${server.baseUrl}/admin/collections/articles/${articleId}?locale=en`)
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Đang dịch')
    // The publisher's reason, where the contributor fixes the text.
    await expect
      .poll(() => page.getByTestId('sent-back-reason').innerText())
      .toBe('Bị trả lại: Tiêu đề tiếng Anh sai chính tả: “openz”.')
    await typeInto(page.locator('#field-title'), EN.fixedTitle)
    await clickWorkflowButton({ page, name: 'Gửi duyệt' })
    await expectToast({ page, text: 'Đã gửi duyệt bản tiếng Anh' })
    await expect.poll(() => languageStatus(page)).toBe('Tiếng Anh: Chờ duyệt')
  })

  it('lets the publisher approve and publish both languages and the three photos', async () => {
    const page = publisherPage
    await page.reload()
    await page.getByTestId('language-status').waitFor()
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
    const photos = dialog.getByRole('checkbox')
    expect(await photos.count()).toBe(3)
    for (const photo of await photos.all()) expect(await photo.isChecked()).toBe(true)
    await shoot(page, 'workflow-09-publisher-publish-vi-with-photos')
    await dialog.getByRole('button', { name: 'Xuất bản' }).click()
    await expectToast({ page, text: 'Đã xuất bản tư liệu đính kèm (3)' })
    await expectToast({ page, text: 'Đã xuất bản bản tiếng Việt' })
    await expect
      .poll(() => languageStatus(page), { timeout: 30_000 })
      .toBe('Tiếng Việt: Đã xuất bản')

    await switchLanguage({ page, label: 'English', code: 'en' })
    await clickWorkflowButton({ page, name: 'Xuất bản bản dịch' })
    await page
      .getByTestId('publish-dialog')
      .getByRole('button', { name: 'Xuất bản bản dịch' })
      .click()
    await expectToast({ page, text: 'Đã xuất bản bản tiếng Anh' })
    await expect
      .poll(() => languageStatus(page), { timeout: 30_000 })
      .toBe('Tiếng Anh: Đã duyệt · đã xuất bản')
    await page.getByRole('button', { name: 'Gỡ bản dịch' }).waitFor()
    await shoot(page, 'workflow-10-publisher-published-en')

    const article = (await (
      await api({ path: `/api/articles/${articleId}?depth=0&locale=en`, token: adminToken })
    ).json()) as { publishedLocales: string[]; workflowState: string; title: string }
    expect(article.workflowState).toBe('published')
    expect([...article.publishedLocales].sort()).toEqual(['en', 'vi'])
    for (const photoId of photoIds) {
      const media = (await (
        await api({ path: `/api/media/${photoId}?depth=0`, token: adminToken })
      ).json()) as { workflowState: string; _status: string }
      expect(media).toMatchObject({ workflowState: 'published', _status: 'published' })
    }
  })

  it('shows an anonymous reader of the public library the article in Vietnamese and English with its photos', async () => {
    for (const { lang, locale, title, body, shot } of [
      {
        lang: 'vi',
        locale: 'vi-VN',
        title: VI.title,
        body: VI.body,
        shot: 'workflow-11-library-vi',
      },
      {
        lang: 'en',
        locale: 'en-GB',
        title: EN.fixedTitle,
        body: EN.body,
        shot: 'workflow-12-library-en',
      },
    ]) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto(`${server.baseUrl}/${lang}/articles/${articleId}`)
      await page.locator('h1').waitFor()
      expect(await page.locator('h1').innerText()).toBe(title)
      expect(await page.locator('body').innerText()).toContain(body)
      expect(await page.getByTestId('fallback-notice').count()).toBe(0)
      // Each photo, by its media page link, with an image that loaded.
      for (const photoId of photoIds) {
        const link = page.locator(`a[href$="/${lang}/media/${photoId}"]`).first()
        await link.waitFor()
        const image = link.locator('img')
        await expect
          .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
          .toBeGreaterThan(0)
      }
      await shoot(page, shot, { checkText: false })
      await context.close()
    }
    expect(pageErrors, 'uncaught errors in the admin').toEqual([])
    expect(textProblems, 'what the Vietnamese admin showed').toEqual([])
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

  /** Keeps a screenshot of the step, and notes what the page shows that it must not. */
  async function shoot(
    page: Page,
    name: string,
    { checkText = true }: { checkText?: boolean } = {},
  ): Promise<void> {
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
    if (checkText) textProblems.push(...(await visibleTextProblems({ page, where: name })))
  }
})
