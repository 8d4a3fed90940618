import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ALBUM, DEMO_EVENT } from '../../src/seed/demoAlbums'
import { apiLogin, apiOf, createAccreditedJournalist } from './helpers/admin'
import { startReaderSession, type ReaderSession } from './helpers/readerSession'

/**
 * Albums and events in a real browser, on the demo seed (src/seed/demoAlbums.ts): an anonymous
 * reader in Japanese goes from the events list to the festival, to its album, and sees its
 * public photos (not the press-only one); an accredited journalist fills the basket from the
 * album with one button, the press photo included.
 */
describe('albums and events in Chromium', () => {
  let session: ReaderSession
  let journalistContext: BrowserContext
  const journalist = {
    email: `album.${Date.now()}@press.example`,
    password: 'album-journalist-pass-2026',
  }
  /** The album's photos everyone may see, and those only accredited journalists may. */
  const PUBLIC_PHOTOS = 3
  const ALL_PHOTOS = DEMO_ALBUM.photos.length

  beforeAll(async () => {
    session = await startReaderSession({ locale: 'ja-JP' })
    const api = apiOf({ baseUrl: session.server.baseUrl })
    await createAccreditedJournalist({
      api,
      adminToken: await apiLogin({ api, account: session.server.admin }),
      account: journalist,
      profile: {
        name: 'Sato Haruki',
        outlet: 'Nikkei Asia',
        country: 'JP',
        preferredLanguage: 'ja',
      },
    })
    journalistContext = await session.browser.newContext({ locale: 'en-GB' })
    journalistContext.setDefaultNavigationTimeout(120_000)
    journalistContext.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await journalistContext?.close()
    await session?.stop()
  })

  it('takes a Japanese reader from the events list to the festival, its album and its photos', async () => {
    const page = await session.reader.newPage()
    await page.goto(`${session.server.baseUrl}/ja`)
    await page
      .getByRole('navigation', { name: 'メインナビゲーション' })
      .getByRole('link', { name: 'イベント' })
      .click()
    await page.waitForURL('**/ja/events')
    await page.getByRole('heading', { level: 1, name: 'イベント' }).waitFor()

    await page.getByRole('link', { name: DEMO_EVENT.text.ja.title }).click()
    await page.waitForURL(/\/ja\/events\/\d+$/)
    await page.getByRole('heading', { level: 1, name: DEMO_EVENT.text.ja.title }).waitFor()
    // The dates in the reader's zone, the place, and what the festival gathers.
    expect(await page.getByTestId('event-dates').textContent()).toMatch(/2026/)
    expect(await page.locator('.lead').textContent()).toContain(DEMO_EVENT.text.ja.place)
    await page.getByTestId('event-photos').waitFor()
    await page.getByTestId('event-articles').waitFor()

    await page
      .getByTestId('event-albums')
      .getByRole('link', { name: DEMO_ALBUM.text.ja.title })
      .click()
    await page.waitForURL(/\/ja\/albums\/\d+$/)
    await page.getByRole('heading', { level: 1, name: DEMO_ALBUM.text.ja.title }).waitFor()
    const photos = page.getByTestId('media-gallery').locator('li')
    expect(await photos.count()).toBe(PUBLIC_PHOTOS)
    // Each photo is shown and links to its page; nobody anonymous gets a basket button.
    for (const photo of await photos.all()) {
      expect(await photo.locator('img').count()).toBe(1)
      expect(await photo.locator('a').getAttribute('href')).toMatch(/^\/ja\/media\/\d+$/)
    }
    expect(await page.getByTestId('album-basket-form').count()).toBe(0)
    expect(await page.getByTestId('event-link').getAttribute('href')).toMatch(/^\/ja\/events\/\d+$/)
    await page.close()
  })

  it('lets a journalist fill the basket from an album with one button', async () => {
    const page = await journalistContext.newPage()
    await page.goto(`${session.server.baseUrl}/en/account/login`)
    await page.getByLabel('E-mail address').fill(journalist.email)
    await page.getByLabel('Password', { exact: true }).fill(journalist.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL('**/en/account')

    await page.goto(`${session.server.baseUrl}/en/albums`)
    await page.getByRole('link', { name: DEMO_ALBUM.text.en.title }).click()
    await page.waitForURL(/\/en\/albums\/\d+$/)
    const albumUrl = page.url()
    // An accredited journalist sees the press-only photo too.
    expect(await page.getByTestId('media-gallery').locator('li').count()).toBe(ALL_PHOTOS)
    await page
      .getByTestId('album-basket-form')
      .getByRole('button', { name: 'Add all to basket' })
      .click()
    await page.waitForURL(albumUrl)
    // Every photo of the album is now shown as in the basket.
    await page.getByTestId('media-gallery').getByTestId('in-basket').first().waitFor()
    expect(await page.getByTestId('media-gallery').getByTestId('in-basket').count()).toBe(
      ALL_PHOTOS,
    )

    await page.goto(`${session.server.baseUrl}/en/account/basket`)
    expect(await page.getByTestId('basket-item').count()).toBe(ALL_PHOTOS)
    await page.close()
  })
})
