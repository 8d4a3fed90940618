import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { exiftool } from 'exiftool-vendored'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')

/**
 * The public library in a real browser (Chromium driven by playwright-core, helpers/browser.ts) against
 * the running app with its demo seed: what a foreign reader and a journalist do, in their
 * languages, and what an anonymous reader must not reach.
 */
describe('the public media library in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let reader: BrowserContext
  let downloads: string

  beforeAll(async () => {
    downloads = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-downloads-'))
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    server = await startLibraryServer()
    browser = await launchBrowser()
    reader = await newContext({ locale: 'en-GB' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await exiftool.end()
    if (downloads) await fs.rm(downloads, { recursive: true, force: true })
  })

  let articlePath = ''
  let photoId = ''

  it('finds the Vietnamese-sourced article when an English reader searches “dong nai investment”', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/`)
    // `/` sends an English browser to the English library.
    expect(new URL(page.url()).pathname).toBe('/en')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await shoot(page, 'home-en')

    await page.getByRole('searchbox', { name: 'Search the library' }).fill('dong nai investment')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/en\/search\?q=dong\+nai\+investment/)
    const results = page.locator('.card h3 a')
    expect(await results.count()).toBeGreaterThan(0)
    await shoot(page, 'search-en')

    // Pick a result that has no Japanese version, for the fallback step that follows.
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    )
    for (const href of hrefs.filter((value) => value.startsWith('/en/articles/'))) {
      const id = href.split('/').pop()
      const response = await fetch(`${server.baseUrl}/api/articles/${id}?locale=en&depth=0`)
      const article = (await response.json()) as { publishedLocales: string[] }
      if (article.publishedLocales.includes('vi') && !article.publishedLocales.includes('ja')) {
        articlePath = href
        break
      }
    }
    expect(articlePath, 'a result without a Japanese version').not.toBe('')
    await page.locator(`.card h3 a[href="${articlePath}"]`).click()
    await page.waitForURL(`**${articlePath}`)
    await page.locator('h1').waitFor({ state: 'visible' })
    // The article came from Vietnamese: its other languages include the Vietnamese source.
    await page.locator('a[hreflang="vi-VN"][lang="vi-VN"]').last().waitFor({ state: 'visible' })
    expect(await page.getByTestId('fallback-notice').count()).toBe(0)
    await shoot(page, 'article-en')
    await page.close()
  })

  it('keeps the page when switching to Japanese, and says the article is shown in a fallback', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}${articlePath}`)
    await page.locator('.lang-switcher a[hreflang="ja"]').click()
    await page.waitForURL(`**${articlePath.replace('/en/', '/ja/')}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    const notice = page.getByTestId('fallback-notice')
    await notice.waitFor({ state: 'visible' })
    expect(await notice.textContent()).toContain('日本語')
    expect(await notice.textContent()).toContain('English')
    await shoot(page, 'article-ja')
    await page.close()
  })

  it('opens a photo of the article and downloads its web rendition with the credit inside', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}${articlePath}`)
    await page.locator('.gallery a').first().click()
    await page.waitForURL(/\/en\/media\/\d+$/)
    photoId = page.url().split('/').pop()!
    const credit = (await page.getByTestId('credit-line').textContent())?.trim() ?? ''
    expect(credit).not.toBe('')
    await shoot(page, 'media-en')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Web' }).click(),
    ])
    const file = path.join(downloads, `web-${download.suggestedFilename()}`)
    await download.saveAs(file)
    const tags = await exiftool.read(file)
    expect(tags.MIMEType).toBe('image/jpeg')
    expect(Math.max(Number(tags.ImageWidth), Number(tags.ImageHeight))).toBeLessThanOrEqual(1280)
    expect(String(tags.Credit ?? '')).toBe(credit)
    expect(tags.GPSLatitude).toBeUndefined()

    await page.goto(`${server.baseUrl}/vi/media/${photoId}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi-VN')
    await shoot(page, 'media-vi')
    await page.goto(`${server.baseUrl}/vi`)
    await shoot(page, 'home-vi')
    await page.goto(`${server.baseUrl}/vi/search?q=%C4%91%E1%BA%A7u+t%C6%B0`)
    await shoot(page, 'search-vi')
    await page.goto(`${server.baseUrl}${articlePath.replace('/en/', '/vi/')}`)
    await shoot(page, 'article-vi')
    await page.close()
  })

  it('lets a journalist register, verify, get approved and download an original with the credit embedded', async () => {
    const journalist = {
      name: 'Camille Martin',
      email: `camille.${Date.now()}@presse.example`,
      password: 'mot-de-passe-solide',
      outlet: 'Le Quotidien',
      country: 'FR',
    }
    const context = await newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/en/account/register`)
    await page.getByLabel('Full name').fill(journalist.name)
    await page.getByLabel('E-mail address').fill(journalist.email)
    await page.getByLabel('Password', { exact: true }).fill(journalist.password)
    await page.getByLabel('Media outlet').fill(journalist.outlet)
    await page.getByLabel('Country').selectOption(journalist.country)
    await page.getByRole('button', { name: 'Create account' }).click()
    expect(await page.getByTestId('registered').textContent()).toContain(journalist.email)

    const verifyLink = /http:\/\/127\.0\.0\.1:\d+\/en\/account\/verify\?token=[a-f0-9]+/
    const mail = await server.waitForMail({ to: journalist.email, matching: verifyLink })
    const link = verifyLink.exec(mail.text + mail.html)?.[0]
    expect(link, 'the verification link in the mail').toBeDefined()
    await page.goto(link!)
    expect(await page.getByTestId('verify-result').getAttribute('class')).toMatch(/notice--ok/)

    // A press officer approves the accreditation.
    const adminToken = await apiLogin({ collection: 'users', ...server.admin })
    const officer = {
      email: `officer.${Date.now()}@so-ngoai-vu.example`,
      password: 'press-officer-pass',
    }
    const created = await api({
      method: 'POST',
      path: '/api/users',
      token: adminToken,
      body: { ...officer, name: 'Nguyễn Thị Lan', roles: ['press-officer'] },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const officerToken = await apiLogin({ collection: 'users', ...officer })
    const found = (await (
      await api({
        method: 'GET',
        path: `/api/journalists?where[email][equals]=${encodeURIComponent(journalist.email)}`,
        token: officerToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    const expires = new Date(Date.now() + 90 * 86_400_000).toISOString()
    const approved = await api({
      method: 'PATCH',
      path: `/api/journalists/${found.docs[0]!.id}`,
      token: officerToken,
      body: { accreditationStatus: 'approved', accreditationExpiresAt: expires },
    })
    expect(approved.status, await approved.clone().text()).toBe(200)

    await page.goto(`${server.baseUrl}/en/account/login`)
    await page.getByLabel('E-mail address').fill(journalist.email)
    await page.getByLabel('Password', { exact: true }).fill(journalist.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL('**/en/account')
    expect(await page.getByTestId('accreditation-status').textContent()).toContain('Approved')

    // Without accepting the terms, the original is refused.
    const refused = await page.request.get(
      `${server.baseUrl}/api/library/media/${photoId}/download?rendition=original&locale=en`,
    )
    expect(refused.status()).toBe(403)

    await page.goto(`${server.baseUrl}/en/media/${photoId}`)
    const credit = (await page.getByTestId('credit-line').textContent())?.trim() ?? ''
    await page.getByLabel(/Original file/).check()
    await page.getByLabel('Intended use').selectOption('news')
    await page.getByLabel('Publication or programme (optional)').fill('Le Quotidien, page 4')
    await page.getByLabel('I have read and accept the usage terms of this item').check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.download-form button[type="submit"]').click(),
    ])
    const file = path.join(downloads, `original-${download.suggestedFilename()}`)
    await download.saveAs(file)
    const tags = await exiftool.read(file)
    expect(String(tags.Credit ?? '')).toBe(credit)
    expect(String(tags.Description ?? '')).not.toBe('')
    expect((tags as { UsageTerms?: string }).UsageTerms ?? '').not.toBe('')
    expect(tags.GPSLatitude).toBeUndefined()

    await page.goto(`${server.baseUrl}/en/account`)
    const rows = page.locator('table.data tbody tr')
    expect(await rows.first().textContent()).toContain('Original file')
    expect(await rows.first().textContent()).toContain('News report')
    await context.close()

    // The journalist forgets the password, opens the mailed link in the library, sets a new one
    // and logs in with it.
    const forgetful = await newContext({ locale: 'fr-FR' })
    const resetPage = await forgetful.newPage()
    await resetPage.goto(`${server.baseUrl}/en/account/login`)
    await resetPage.getByRole('link', { name: 'Forgot your password?' }).click()
    await resetPage.getByLabel('E-mail address').fill(journalist.email)
    await resetPage.getByRole('button', { name: 'Send reset link' }).click()
    expect(await resetPage.getByTestId('reset-requested').textContent()).toContain(journalist.email)
    // The approval notice may arrive after the reset mail (the queue sends side by side).
    const resetPattern = /http:\/\/127\.0\.0\.1:\d+\/en\/account\/reset\?token=[a-f0-9]+/
    const resetMail = await server.waitForMail({ to: journalist.email, matching: resetPattern })
    const resetLink = resetPattern.exec(resetMail.text + resetMail.html)?.[0]
    expect(resetLink, 'the reset link in the mail').toBeDefined()
    const newPassword = 'nouveau-mot-de-passe-2026'
    await resetPage.goto(resetLink!)
    await resetPage.getByLabel(/^New password/).fill(newPassword)
    await resetPage.getByLabel(/^Repeat the new password/).fill(newPassword)
    await resetPage.getByRole('button', { name: 'Save new password' }).click()
    await resetPage.waitForURL('**/en/account/login?reset=1')
    expect(await resetPage.getByTestId('password-reset').textContent()).toContain(
      'Your new password is saved',
    )
    await resetPage.getByLabel('E-mail address').fill(journalist.email)
    await resetPage.getByLabel('Password', { exact: true }).fill(newPassword)
    await resetPage.getByRole('button', { name: 'Log in' }).click()
    await resetPage.waitForURL('**/en/account')
    await forgetful.close()
  })

  it('never lets an anonymous reader reach a press rendition by URL', async () => {
    const anonymous = await newContext({ locale: 'en-GB' })
    const request = anonymous.request
    const large = await request.get(`${server.baseUrl}/api/media/${photoId}/renditions/large.jpg`)
    expect(large.status()).toBe(403)
    const original = await request.get(
      `${server.baseUrl}/api/library/media/${photoId}/download?rendition=original`,
    )
    expect(original.status()).toBe(403)

    const adminToken = await apiLogin({ collection: 'users', ...server.admin })
    const pressOnly = (await (
      await api({
        method: 'GET',
        path: '/api/media?where[accessTier][equals]=press&limit=1&depth=0',
        token: adminToken,
      })
    ).json()) as { docs: Array<{ id: number }> }
    const pressId = pressOnly.docs[0]?.id
    expect(pressId, 'the seed has a press-only photo').toBeDefined()
    for (const url of [
      `/api/media/${pressId}/renditions/web.jpg`,
      `/api/media/${pressId}/renditions/thumb.webp`,
      `/api/library/media/${pressId}/download?rendition=web`,
    ]) {
      expect((await request.get(`${server.baseUrl}${url}`)).status(), url).toBe(404)
    }
    const page = await anonymous.newPage()
    const response = await page.goto(`${server.baseUrl}/en/media/${pressId}`)
    expect(response?.status()).toBe(404)
    // Said in the language of the path, inside the library's layout.
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    await anonymous.close()
  })

  it('can be used with the keyboard alone and labels every image and field', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/en`)
    await page.keyboard.press('Tab')
    const skip = page.locator('.skip-link')
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true)
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(new URL(page.url()).hash).toBe('#main')

    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll('input:not([type=hidden]), select')].filter((field) => {
          const id = field.getAttribute('id')
          return (
            !field.closest('label') &&
            !(id && document.querySelector(`label[for="${id}"]`)) &&
            !field.getAttribute('aria-label')
          )
        }).length,
    )
    expect(unlabelled).toBe(0)
    expect(await page.locator('img:not([alt])').count()).toBe(0)

    // Responsive: on a phone the page has no horizontal scroll.
    await page.setViewportSize({ width: 375, height: 740 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })

  /** A browser profile; the app runs in development mode, so a first visit may compile. */
  async function newContext({ locale }: { locale: string }): Promise<BrowserContext> {
    const context = await browser.newContext({ locale, acceptDownloads: true })
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
    return context
  }

  async function shoot(page: Page, name: string): Promise<void> {
    // A full-page picture shows what is below the fold too: load those images first.
    await page.evaluate(() => {
      for (const image of document.querySelectorAll('img[loading="lazy"]')) {
        ;(image as HTMLImageElement).loading = 'eager'
      }
    })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  }

  async function apiLogin({
    collection,
    email,
    password,
  }: {
    collection: 'users' | 'journalists'
    email: string
    password: string
  }): Promise<string> {
    const response = await api({
      method: 'POST',
      path: `/api/${collection}/login`,
      body: { email, password },
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  function api({
    method,
    path: apiPath,
    token,
    body,
  }: {
    method: string
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
