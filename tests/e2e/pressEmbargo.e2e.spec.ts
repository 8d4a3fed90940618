import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiLogin, apiOf, createAccreditedJournalist, type Api } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

const HOUR = 3_600_000
const MARKER = 'Embargo E2E Dong Nai'

/**
 * The press-first embargo in a real browser: an accredited journalist whose browser runs on
 * Tokyo time opens an article in its press window and reads "Embargoed until …" in Tokyo time,
 * the zone named (rendered on the province's clock by the server, rewritten by LocalTime in the
 * browser); the search card carries the embargo badge; an anonymous reader gets a 404.
 */
describe('the press-first embargo in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let api: Api
  let adminToken = ''
  let articleId = 0
  const journalist = {
    email: `embargo.${Date.now()}@press.example`,
    password: 'embargo-journalist-pass-2026',
  }
  const embargoUntil = new Date(Date.now() + 2 * HOUR)

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    adminToken = await apiLogin({ api, account: server.admin })
    await createAccreditedJournalist({
      api,
      adminToken,
      account: journalist,
      profile: { name: 'Sato Yuki', outlet: 'Nikkei Asia', country: 'JP', preferredLanguage: 'en' },
    })
    const agencies = (await (
      await api({ method: 'GET', path: '/api/agencies?limit=1&depth=0', token: adminToken })
    ).json()) as { docs: Array<{ id: number }> }
    const article = await api({
      method: 'POST',
      path: '/api/articles?locale=vi',
      token: adminToken,
      body: {
        title: `${MARKER} hội nghị xúc tiến đầu tư`,
        infoType: 'official',
        agency: agencies.docs[0]!.id,
        accessTier: 'public',
        classification: 'unclassified',
        _status: 'published',
        embargoUntil: embargoUntil.toISOString(),
        pressReleaseAt: new Date(Date.now() - 60_000).toISOString(),
      },
    })
    expect(article.status, await article.clone().text()).toBe(201)
    articleId = ((await article.json()) as { doc: { id: number } }).doc.id
  })

  afterAll(async () => {
    if (articleId) {
      await api({ method: 'DELETE', path: `/api/articles/${articleId}`, token: adminToken })
    }
    await browser?.close()
    await server?.stop()
  })

  it('shows an accredited journalist the notice in their own time zone, and the badge in search', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' })
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/en/account/login`)
    await page.getByLabel('E-mail address').fill(journalist.email)
    await page.getByLabel('Password', { exact: true }).fill(journalist.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL('**/en/account')

    await page.goto(`${server.baseUrl}/en/articles/${articleId}`)
    const notice = page.getByTestId('embargo-notice')
    await notice.waitFor({ state: 'visible' })
    expect(await notice.textContent()).toContain('Embargoed until')
    const time = notice.locator('time')
    expect(new Date((await time.getAttribute('datetime')) ?? '').getTime()).toBe(
      embargoUntil.getTime(),
    )
    // Rewritten in the browser's zone once hydrated, the zone named.
    await expect.poll(() => time.getAttribute('data-time-zone')).toBe('Asia/Tokyo')
    await expect.poll(async () => (await time.textContent()) ?? '').toContain('Japan Standard Time')

    // The search card says so too, once the index has the article (the jobs run every 10 s).
    await expect
      .poll(async () => {
        await page.goto(`${server.baseUrl}/en/search?q=${encodeURIComponent(MARKER)}`)
        return page.getByTestId('embargo-badge').count()
      })
      .toBeGreaterThan(0)
    expect(await page.getByTestId('embargo-badge').first().textContent()).toContain('Embargoed')
    await context.close()
  })

  it('gives an anonymous reader nothing until the public release time', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    const response = await page.goto(`${server.baseUrl}/en/articles/${articleId}`)
    expect(response?.status()).toBe(404)
    expect(await page.getByTestId('embargo-notice').count()).toBe(0)
    await page.goto(`${server.baseUrl}/en/search?q=${encodeURIComponent(MARKER)}`)
    expect(await page.locator('.card h3 a').count()).toBe(0)
    await context.close()
  })
})
