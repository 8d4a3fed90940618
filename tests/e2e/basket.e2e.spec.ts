import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { exiftool } from 'exiftool-vendored'
import JSZip from 'jszip'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ALBUM } from '../../src/seed/demoAlbums'
import { apiLogin, apiOf, createAccreditedJournalist, type Api } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import {
  startLibraryServer,
  waitForKeptPage,
  type LibraryServer,
} from './helpers/startLibraryServer'

/**
 * The download basket in a real browser, on the demo seed: an accredited journalist adds a
 * photo from the search results, one from an article's gallery and every photo of an album,
 * opens the basket, accepts the usage terms once and downloads one ZIP; every photo in it
 * carries its credit (read back with ExifTool), credits.txt is in English, and every file is
 * in "My downloads".
 */
describe('the download basket in Chromium', () => {
  let server: LibraryServer
  let browser: Browser
  let context: BrowserContext
  let api: Api
  let downloads = ''
  const journalist = {
    email: `basket.${Date.now()}@press.example`,
    password: 'basket-journalist-pass-2026',
  }

  beforeAll(async () => {
    downloads = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-e2e-basket-'))
    server = await startLibraryServer()
    // The seed's search jobs go on for a minute or two after the first article is searchable
    // (the videos come last); a result arriving mid-story pushes the last card of the page
    // onto the next one, where its "in the basket" mark is never seen.
    await waitForKeptPage({ baseUrl: server.baseUrl })
    browser = await launchBrowser()
    api = apiOf({ baseUrl: server.baseUrl })
    const adminToken = await apiLogin({ api, account: server.admin })
    await createAccreditedJournalist({
      api,
      adminToken,
      account: journalist,
      profile: {
        name: 'Emma Clarke',
        outlet: 'The Mekong Review',
        country: 'GB',
        preferredLanguage: 'en',
      },
    })
    context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true })
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.stop()
    await exiftool.end()
    if (downloads) await fs.rm(downloads, { recursive: true, force: true })
  })

  it('fills a basket from search, an article and an album, and downloads one ZIP with the credits inside', async () => {
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/en/account/login`)
    await page.getByLabel('E-mail address').fill(journalist.email)
    await page.getByLabel('Password', { exact: true }).fill(journalist.password)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.waitForURL('**/en/account')

    // From the search results: the first photo card's "Add to basket"; the page comes back
    // with that card marked as in the basket.
    await page.goto(`${server.baseUrl}/en/search?q=dong+nai`)
    const photoCards = page.locator('.card', { has: page.getByTestId('basket-form') })
    expect(await photoCards.count()).toBeGreaterThan(0)
    const fromSearch = photoCards.first()
    const searchHref = await fromSearch.locator('h3 a').getAttribute('href')
    await fromSearch.getByRole('button', { name: 'Add to basket' }).click()
    await page
      .locator('.card', { has: page.locator(`h3 a[href="${searchHref}"]`) })
      .getByTestId('in-basket')
      .waitFor({ state: 'visible' })

    // From an article's gallery: a photo not yet in the basket.
    const articleHref = await page
      .locator('.card h3 a[href^="/en/articles/"]')
      .first()
      .getAttribute('href')
    expect(articleHref, 'an article among the results').toBeTruthy()
    await page.goto(`${server.baseUrl}${articleHref}`)
    const galleryForms = page.locator('.gallery').getByTestId('basket-form')
    expect(await galleryForms.count(), 'a gallery photo not yet in the basket').toBeGreaterThan(0)
    await galleryForms.first().getByRole('button', { name: 'Add to basket' }).click()
    await page.locator('.gallery').getByTestId('in-basket').first().waitFor({ state: 'visible' })

    // From an album: "Add all to basket" puts in every photo of it (the press-only one too);
    // a photo already there from the search or the article counts once.
    await page.goto(`${server.baseUrl}/en/account/basket`)
    const basketBefore = await basketMediaHrefs({ page })
    await page.goto(`${server.baseUrl}/en/albums`)
    await page.getByRole('link', { name: DEMO_ALBUM.text.en.title }).click()
    await page.waitForURL(/\/en\/albums\/\d+$/)
    const albumHrefs = await page
      .getByTestId('media-gallery')
      .locator('li a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(albumHrefs).toHaveLength(DEMO_ALBUM.photos.length)
    await page
      .getByTestId('album-basket-form')
      .getByRole('button', { name: 'Add all to basket' })
      .click()
    await page.getByTestId('media-gallery').getByTestId('in-basket').first().waitFor()
    const expected = new Set([...basketBefore, ...albumHrefs])
    expect(basketBefore).toHaveLength(2)

    await page.goto(`${server.baseUrl}/en/account`)
    await page.getByTestId('basket-link').click()
    await page.waitForURL('**/en/account/basket')
    expect(new Set(await basketMediaHrefs({ page }))).toEqual(expected)
    const itemCount = await page.getByTestId('basket-item').count()
    expect(await page.getByTestId('basket-total').textContent()).toMatch(/Total size: \d/)

    const form = page.getByTestId('basket-download-form')
    await form.getByLabel('Intended use').selectOption('news')
    await form
      .getByLabel('I have read and accept the usage terms of every item in the basket')
      .check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Download ZIP' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^basket-\d{4}-\d{2}-\d{2}\.zip$/)
    const zipPath = path.join(downloads, download.suggestedFilename())
    await download.saveAs(zipPath)

    const zip = await JSZip.loadAsync(await fs.readFile(zipPath))
    const photos = Object.keys(zip.files).filter((name) => /\.jpe?g$/i.test(name))
    expect(photos).toHaveLength(itemCount)
    const credits = await zip.file('credits.txt')!.async('string')
    expect(credits).toContain('Credits and usage terms')
    for (const name of photos) {
      const file = path.join(downloads, name)
      await fs.writeFile(file, await zip.file(name)!.async('nodebuffer'))
      const tags = await exiftool.read(file)
      const credit = String(tags.Credit ?? '')
      expect(credit, `the credit written into ${name}`).not.toBe('')
      expect(credits).toContain(`File: ${name}`)
      // IIM's Credit may be cut at a word (XMP holds the whole): either way it is in the list.
      expect(credits).toContain(credit)
      expect(tags.GPSLatitude).toBeUndefined()
    }

    await page.goto(`${server.baseUrl}/en/account`)
    const rows = page.locator('table.data tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(itemCount)
    expect(await rows.first().textContent()).toContain('News report')
    await page.close()
  })
})

/** The media pages of the items in the basket page's list. */
async function basketMediaHrefs({ page }: { page: Page }): Promise<string[]> {
  return page
    .getByTestId('basket-item')
    .locator('a[href*="/media/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}
