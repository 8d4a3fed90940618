import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startReaderSession, type ReaderSession } from './helpers/readerSession'
import type { LibraryServer } from './helpers/startLibraryServer'

/**
 * The gazetteer and the localized site texts in Chromium, on the demo seed (issue 18, item 8):
 * a Japanese reader types “dong nai” in Latin letters and finds the Japanese articles about
 * ドンナイ; the header and footer show the settings' texts in Japanese where they are entered,
 * and mark the ones shown in another language.
 */
describe('the gazetteer and localized site texts in Chromium', () => {
  let session: ReaderSession | undefined
  let server: LibraryServer
  let reader: BrowserContext

  beforeAll(async () => {
    session = await startReaderSession({ locale: 'ja-JP' })
    ;({ server, reader } = session)
    await waitForJapaneseHits()
  })

  afterAll(async () => {
    await session?.stop()
  })

  it('finds the Japanese articles about ドンナイ when “dong nai” is typed on the Japanese pages', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/ja`)
    await page.getByRole('searchbox', { name: 'ライブラリーを検索' }).fill('dong nai')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/ja\/search\?q=dong\+nai/)
    const titles = await page.locator('.card h3 a').allInnerTexts()
    expect(titles.filter((title) => title.includes('ドンナイ')).length).toBeGreaterThanOrEqual(2)
    await page.close()
  })

  it('shows the footer text in Japanese and marks the site texts that fall back to English', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/ja`)
    const footerText = page.getByTestId('site-footer-text')
    expect(await footerText.innerText()).toContain('ドンナイ省人民委員会')
    expect(await footerText.getByTestId('fallback-marker').count()).toBe(0)

    // The demo seed enters the usage terms in Vietnamese and English only.
    const terms = page.getByTestId('site-usage-terms')
    expect(await terms.locator('[lang="en"]').innerText()).toContain('Public content may be reused')
    expect(await terms.getByTestId('fallback-marker').innerText()).toBe('(Englishで表示)')
    expect(await page.getByRole('heading', { name: '利用規約' }).count()).toBe(1)

    // The database's name is required, so the seed gives it in every language: Japanese here.
    const brand = page.locator('.site-brand__name')
    expect(await brand.innerText()).toContain('ドンナイ省対外情報データベース')
    expect(await brand.getByTestId('fallback-marker').count()).toBe(0)
    await page.close()
  })

  it("shows an agency's page under its name in English, marked, when it has no Japanese name", async () => {
    const page = await reader.newPage()
    // The demo seed names the Department of Finance in Vietnamese, English and French.
    await page.goto(`${server.baseUrl}/ja/agencies/so-tai-chinh`)
    const heading = page.getByRole('heading', { level: 1 })
    expect(await heading.locator('[lang="en"]').innerText()).toBe('Department of Finance')
    expect(await heading.getByTestId('fallback-marker').innerText()).toBe('(Englishで表示)')
    await page.close()
  })

  /** The demo seed queues the search sync and the synonyms: waits until they have run. */
  async function waitForJapaneseHits(): Promise<void> {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const response = await fetch(`${server.baseUrl}/api/library/search?q=dong+nai&locale=ja`)
      const { hits } = (await response.json()) as { hits: Array<{ title: string }> }
      if (hits.some((hit) => hit.title.includes('ドンナイ'))) return
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    throw new Error(`“dong nai” found no Japanese article:\n${server.logTail()}`)
  }
})
