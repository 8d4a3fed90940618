import fs from 'node:fs/promises'
import path from 'node:path'

import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './helpers/browser'

const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots')

/** Two different letters of each script the library publishes in, and a line of text. */
const SCRIPTS = [
  { lang: 'vi', letters: ['ễ', 'ặ'], text: 'Lễ hội Hoa Sen Đồng Nai' },
  { lang: 'zh', letters: ['节', '国'], text: '同奈省莲花节' },
  { lang: 'ja', letters: ['あ', 'カ'], text: 'ドンナイ省の蓮の花祭り' },
  { lang: 'ko', letters: ['한', '글'], text: '동나이성 연꽃 축제' },
  { lang: 'km', letters: ['ក', 'ខ'], text: 'ពិធីបុណ្យផ្កាឈូក ខេត្តដុងណៃ' },
] as const

/**
 * Whatever browser `launchBrowser` picked on this machine (a system Chromium, or the bundled one
 * with its npm fonts) draws every script of the library as letters, not as empty boxes: a
 * missing glyph is drawn as the same box for every letter, so two letters must look different.
 */
describe('the browser the browser tests use', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 900, height: 420 } })
    await page.setContent(samplePage())
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(SCRIPTS)('draws $lang text with real glyphs', async ({ lang }) => {
    const [first, second] = await Promise.all(
      [0, 1].map((index) => page.locator(`#${lang}-${index}`).screenshot()),
    )
    expect(first?.equals(second!)).toBe(false)
  })

  it('shows every script in one screenshot for a person to look at', async () => {
    await fs.mkdir(SCREENSHOTS, { recursive: true })
    const file = path.join(SCREENSHOTS, 'browser-scripts.png')
    await page.screenshot({ path: file, fullPage: true })
    expect((await fs.stat(file)).size).toBeGreaterThan(0)
  })
})

function samplePage(): string {
  const rows = SCRIPTS.map(
    ({ lang, letters, text }) =>
      `<p lang="${lang}"><code>${lang}</code> ${text} ` +
      letters.map((letter, index) => `<span id="${lang}-${index}">${letter}</span>`).join(' ') +
      '</p>',
  )
  return `<!doctype html><html><body style="font: 28px sans-serif; margin: 24px">${rows.join('')}</body></html>`
}
