import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { libraryTranslator } from '../../src/i18n'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

/** The library's own Japanese texts: the story reads the page as a Japanese reader does. */
const ja = libraryTranslator('ja')

/**
 * A Japanese journalist's account in Chromium, on `/ja` (issue 18, item 9): registers with a
 * mistake and finds the form still filled in, confirms the address, forgets the password and
 * sets a new one, logs in, downloads a photo, and downloads it again from "my downloads" — the
 * times shown in the browser's zone (Tokyo), named.
 */
describe('a journalist’s account in Japanese', () => {
  let server: LibraryServer
  let browser: Browser
  let context: BrowserContext
  let downloads: string

  const journalist = {
    name: '山田 花子',
    email: `yamada.${Date.now()}@press.example.jp`,
    password: 'yama-no-shashin-2026',
    newPassword: 'atarashii-pasuwado-2026',
    outlet: '日本経済新聞',
    country: 'JP',
    pressCardNumber: 'JP-2026-0042',
  }

  beforeAll(async () => {
    downloads = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-account-'))
    server = await startLibraryServer()
    browser = await launchBrowser()
    context = await browser.newContext({
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true,
    })
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (downloads) await fs.rm(downloads, { recursive: true, force: true })
  })

  it('registers with a mistake, keeps what was typed, verifies, resets the password, logs in, downloads and downloads again', async () => {
    const page = await context.newPage()

    // Registration with a mistyped address: the form answers and keeps every value but the password.
    await page.goto(`${server.baseUrl}/ja/account/register`)
    await page.getByLabel(ja('account.name')).fill(journalist.name)
    await page.getByLabel(ja('account.email')).fill('yamada-at-press.example.jp')
    await page.getByLabel(ja('account.password'), { exact: true }).fill(journalist.password)
    await page.getByLabel(ja('account.outlet')).fill(journalist.outlet)
    await page.getByLabel(ja('account.country')).selectOption(journalist.country)
    await page.getByLabel(ja('account.pressCardNumber')).fill(journalist.pressCardNumber)
    await page.getByRole('button', { name: ja('account.submitRegister') }).click()
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain(ja('account.invalidForm'))
    expect(await page.getByLabel(ja('account.name')).inputValue()).toBe(journalist.name)
    expect(await page.getByLabel(ja('account.outlet')).inputValue()).toBe(journalist.outlet)
    expect(await page.getByLabel(ja('account.country')).inputValue()).toBe(journalist.country)
    expect(await page.getByLabel(ja('account.pressCardNumber')).inputValue()).toBe(
      journalist.pressCardNumber,
    )
    expect(await page.getByLabel(ja('account.email')).inputValue()).toBe(
      'yamada-at-press.example.jp',
    )
    expect(await page.getByLabel(ja('account.password'), { exact: true }).inputValue()).toBe('')

    // Corrected: only the address and the password are typed again.
    await page.getByLabel(ja('account.email')).fill(journalist.email)
    await page.getByLabel(ja('account.password'), { exact: true }).fill(journalist.password)
    await page.getByRole('button', { name: ja('account.submitRegister') }).click()
    expect(await page.getByTestId('registered').textContent()).toContain(journalist.email)

    // The confirmation link, to the Japanese page.
    const verifyLink = /http:\/\/127\.0\.0\.1:\d+\/ja\/account\/verify\?token=[a-f0-9]+/
    const verifyMail = await server.waitForMail({ to: journalist.email, matching: verifyLink })
    await page.goto(verifyLink.exec(verifyMail.text + verifyMail.html)![0])
    expect(await page.getByTestId('verify-result').getAttribute('class')).toMatch(/notice--ok/)

    // Forgotten password: the reset link, then a new password.
    await page.goto(`${server.baseUrl}/ja/account/login`)
    await page.getByRole('link', { name: ja('account.forgotLink') }).click()
    await page.getByLabel(ja('account.email')).fill(journalist.email)
    await page.getByRole('button', { name: ja('account.submitForgot') }).click()
    await page.getByTestId('reset-requested').waitFor()
    const resetLink = /http:\/\/127\.0\.0\.1:\d+\/ja\/account\/reset\?token=[a-f0-9]+/
    const resetMail = await server.waitForMail({ to: journalist.email, matching: resetLink })
    await page.goto(resetLink.exec(resetMail.text + resetMail.html)![0])
    // Exact names: in Japanese the first label is the start of the second (新しいパスワード（確認）).
    await page.getByLabel(ja('account.newPassword'), { exact: true }).fill(journalist.newPassword)
    await page
      .getByLabel(ja('account.repeatPassword'), { exact: true })
      .fill(journalist.newPassword)
    await page.getByRole('button', { name: ja('account.submitReset') }).click()
    await page.waitForURL('**/ja/account/login?reset=1')

    // The old password is refused with the plain answer; the new one opens the account.
    await logIn({ page, password: journalist.password })
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe(ja('account.loginFailed'))
    await logIn({ page, password: journalist.newPassword })
    await page.waitForURL('**/ja/account')
    expect(await page.getByTestId('press-contact').isVisible()).toBe(true)

    // A photo, downloaded at the size a journalist awaiting accreditation may take.
    await page.goto(`${server.baseUrl}/ja/search?type=image`)
    await page.locator('a[href*="/ja/media/"]').first().click()
    await page.waitForURL('**/ja/media/**')
    await page.getByTestId('item-dates').waitFor()
    await saveDownload({
      page,
      name: 'first',
      click: () =>
        page
          .getByRole('link', {
            name: ja('download.button', { size: ja('download.web') }),
          })
          .click(),
    })

    // "My downloads": the time in Tokyo, named; the same photo downloaded again from there.
    const rows = page.locator('table.data tbody tr')
    const historyLength = async (): Promise<number> => {
      await page.goto(`${server.baseUrl}/ja/account`)
      return rows.count()
    }
    await expect.poll(historyLength).toBe(1)
    const time = rows.first().locator('time')
    await expect.poll(() => time.getAttribute('data-time-zone')).toBe('Asia/Tokyo')
    expect(await time.textContent()).toContain('日本標準時')
    await saveDownload({
      page,
      name: 'again',
      click: () => page.getByTestId('download-again').first().click(),
    })
    await expect.poll(historyLength).toBe(2)
  })

  async function logIn({ page, password }: { page: Page; password: string }): Promise<void> {
    await page.goto(`${server.baseUrl}/ja/account/login`)
    await page.getByLabel(ja('account.email')).fill(journalist.email)
    await page.getByLabel(ja('account.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: ja('account.submitLogin') }).click()
  }

  /** Clicks what starts a download and keeps the file; it must not be empty. */
  async function saveDownload({
    page,
    name,
    click,
  }: {
    page: Page
    name: string
    click: () => Promise<void>
  }): Promise<void> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()])
    const file = path.join(downloads, `${name}-${download.suggestedFilename()}`)
    await download.saveAs(file)
    expect((await fs.stat(file)).size).toBeGreaterThan(0)
  }
})
