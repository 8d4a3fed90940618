import fs from 'node:fs/promises'
import { Readable } from 'node:stream'

import JSZip from 'jszip'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSheet } from '../../src/import/readSheet'
import { logInToAdmin, shootAdminPage, vietnameseAdminContext } from './helpers/admin'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

/**
 * Issue 19 item 3 in the Vietnamese admin, in Chromium against the production build with the
 * demo seed: the administrator ticks two articles in the articles list and presses "Xuất ZIP";
 * the ZIP holds `items.csv` with those two articles (and the media they show, with their
 * original files), the sheet the batch import reads back.
 */
describe('"Xuất ZIP" in the articles list of the Vietnamese admin', () => {
  let server: LibraryServer
  let browser: Browser
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('exports the two selected articles with their media as a ZIP the import reads', async () => {
    const context = await vietnameseAdminContext({ browser, pageErrors, acceptDownloads: true })
    const page = await context.newPage()
    await logInToAdmin({ page, baseUrl: server.baseUrl, account: server.admin })
    await page.goto(`${server.baseUrl}/admin/collections/articles`)
    const rows = page.locator('.select-row input[type="checkbox"]')
    await rows.first().waitFor()
    await rows.nth(0).check()
    await rows.nth(1).check()
    await shootAdminPage({ page, name: 'export-01-selected' })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất ZIP' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^export-articles-\d{4}-\d{2}-\d{2}\.zip$/)
    const zip = await JSZip.loadAsync(await fs.readFile(await download.path()))
    const sheet = await zip.file('items.csv')!.async('nodebuffer')
    const records = (await readSheet({ input: Readable.from([sheet]), format: 'csv' })).map(
      ({ record }) => record,
    )
    const articles = records.filter((record) => record.kind === 'article')
    expect(articles).toHaveLength(2)
    for (const article of articles) expect(article.title_vi).not.toBe('')
    for (const media of records.filter((record) => record.kind !== 'article'))
      expect(zip.file(media.file!), media.file).not.toBeNull()
    expect(pageErrors).toEqual([])
    await context.close()
  }, 180_000)
})
