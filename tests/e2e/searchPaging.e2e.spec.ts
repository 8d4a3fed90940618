import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startReaderSession, type ReaderSession } from './helpers/readerSession'
import type { LibraryServer } from './helpers/startLibraryServer'

/**
 * Paging and the date range of the library's search page in Chromium, on the demo seed (issue
 * 18, item 6): an English reader pages through “dong nai” with the Next link and meets every
 * result once, then narrows the search to a range of publication days with the form's date
 * fields, which the URL keeps.
 */
describe('search paging and the date range in Chromium', () => {
  let session: ReaderSession | undefined
  let server: LibraryServer
  let reader: BrowserContext

  beforeAll(async () => {
    session = await startReaderSession({ locale: 'en-GB' })
    ;({ server, reader } = session)
    await waitForSearchSync()
  })

  afterAll(async () => {
    await session?.stop()
  })

  it('pages through “dong nai” with Next and meets every result exactly once', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/en/search?q=dong+nai`)
    const total = await resultsCount(page)
    expect(total).toBeGreaterThan(24)

    const seen: string[] = []
    for (let pages = 1; ; pages += 1) {
      seen.push(...(await resultLinks(page)))
      const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', {
        name: 'Next',
      })
      if ((await next.count()) === 0) break
      expect(pages, 'more pages than results').toBeLessThan(total)
      await next.click()
      await page.waitForURL(new RegExp(`[?&]page=${pages + 1}(&|$)`))
    }
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
    await page.close()
  })

  it('narrows the search to a range of publication days, kept in the URL', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/en/search?q=dong+nai`)
    const total = await resultsCount(page)
    const filters = page.getByRole('region', { name: 'Filters' })

    // A range in the future holds nothing.
    await filters.getByLabel('From').fill('2099-01-01')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/[?&]from=2099-01-01(&|$)/)
    expect(await resultsCount(page)).toBe(0)
    await page
      .getByText('No results. Try fewer or different words, or remove some filters.')
      .waitFor({ state: 'visible' })
    // The field shows what the URL says.
    expect(await filters.getByLabel('From').inputValue()).toBe('2099-01-01')

    // A range that holds the whole demo seed finds what the search without it found.
    await filters.getByLabel('From').fill('2000-01-01')
    await filters.getByLabel('To').fill('2098-12-31')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/[?&]to=2098-12-31(&|$)/)
    expect(new URL(page.url()).searchParams.get('from')).toBe('2000-01-01')
    expect(await resultsCount(page)).toBe(total)
    await page.close()
  })

  it('says which date it could not read instead of searching', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/en/search?q=dong+nai&from=2024-03-02&to=2024-03-01`)
    await page
      .getByRole('alert')
      .filter({ hasText: 'Invalid parameter “to”: expected a day not before 2024-03-02.' })
      .waitFor({ state: 'visible' })
    await page.close()
  })

  /** The number in the results heading ("Results: 51"). */
  async function resultsCount(page: Page): Promise<number> {
    const heading = await page.locator('#results-heading').innerText()
    return Number(/(\d+)/.exec(heading)?.[1] ?? Number.NaN)
  }

  /** The result cards' links on the current page. */
  async function resultLinks(page: Page): Promise<string[]> {
    return page
      .locator('.card h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  }

  /** The demo seed queues its search sync: waits until the count of “dong nai” holds still. */
  async function waitForSearchSync(): Promise<void> {
    let previous = -1
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const response = await fetch(`${server.baseUrl}/api/library/search?q=dong+nai&locale=en`)
      const { total } = (await response.json()) as { total: number }
      if (total > 0 && total === previous) return
      previous = total
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    throw new Error(`The search index did not settle:\n${server.logTail()}`)
  }
})
