import fs from 'node:fs/promises'
import path from 'node:path'

import { createElement, Fragment, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DownloadPanel } from '../../src/components/library/DownloadPanel'
import { FallbackText } from '../../src/components/library/FallbackText'
import { ItemCards } from '../../src/components/library/ItemCards'
import { SiteFooter } from '../../src/components/library/SiteFooter'
import { libraryTranslator } from '../../src/i18n'
import { LOCALE_TAGS, LOCALES, type Locale } from '../../src/i18n/locales'
import type { SiteInfo } from '../../src/library/content'
import type { Reader } from '../../src/library/reader'
import type { Media } from '../../src/payload-types'
import { axeViolations, blockingViolations, formatViolations } from './helpers/axe'
import { launchBrowser } from './helpers/browser'

const LIBRARY_CSS = path.resolve(import.meta.dirname, '../../src/app/(library)/[lang]/library.css')

/**
 * The library's synchronous components, rendered to HTML with library.css and made-up content
 * (cards in another language with highlights, an embargo badge and a journalist's "Open the
 * basket" link; the download panel as a journalist and as an anonymous reader; the footer with
 * texts in a fallback language), checked by axe-core in Chromium in every language. It needs no
 * build and no server — `E2E_REUSE_BUILD=1 npx vitest run tests/e2e/accessibilityComponents.e2e.spec.ts`
 * answers in seconds — so a change to the components or the CSS is checked before the full run
 * of accessibility.e2e.spec.ts on a build.
 */
describe('the library components under axe-core, without a server', () => {
  let browser: Browser
  let css = ''

  beforeAll(async () => {
    css = await fs.readFile(LIBRARY_CSS, 'utf8')
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(LOCALES.map((lang) => [lang]))(
    'renders cards, download panels and the footer with no serious or critical violation in %s',
    async (lang) => {
      const page = await browser.newPage()
      const body = renderToStaticMarkup(componentsPage({ lang }))
      await page.setContent(
        `<!doctype html><html lang="${LOCALE_TAGS[lang]}"><head><title>${lang}</title>` +
          `<style>${css}</style></head><body>${body}</body></html>`,
      )
      const blocking = blockingViolations({ violations: await axeViolations({ page }) })
      await page.close()
      expect(
        blocking,
        formatViolations({ where: `components (${lang})`, violations: blocking }),
      ).toEqual([])
    },
  )
})

/** One page holding the components as the library puts them together, in `lang`. */
function componentsPage({ lang }: { lang: Locale }): ReactElement {
  const t = libraryTranslator(lang)
  const other: Locale = lang === 'vi' ? 'en' : 'vi'
  const basketLink = () =>
    createElement(
      'p',
      { className: 'card__meta' },
      `${t('basket.inBasket')} · `,
      createElement('a', { href: `/${lang}/account/basket` }, t('basket.view')),
    )
  return createElement(
    Fragment,
    null,
    createElement(
      'main',
      { id: 'main', tabIndex: -1 },
      createElement('h1', null, t('search.title')),
      createElement(
        'p',
        null,
        createElement(FallbackText, { text: 'Đồng Nai', source: other, lang, t }),
      ),
      createElement(ItemCards, { cards: cardsIn({ lang, other }), lang, t, action: basketLink }),
      createElement(DownloadPanel, { media: PHOTO, lang, t, reader: JOURNALIST }),
      createElement(DownloadPanel, { media: PHOTO, lang, t, reader: ANONYMOUS }),
    ),
    createElement(SiteFooter, { lang, t, site: siteIn({ other }) }),
  )
}

/** Two search cards: one in another language, with highlights, a picture and an embargo. */
function cardsIn({ lang, other }: { lang: Locale; other: Locale }) {
  return [
    {
      key: 'articles-1',
      type: 'article',
      locale: other,
      href: `/${lang}/articles/1`,
      titleHtml: 'Đồng <mark>Nai</mark> thu hút đầu tư',
      snippetHtml: 'Tỉnh <mark>Đồng Nai</mark> đón nhà đầu tư',
      publishedAt: '2026-01-02T03:00:00.000Z',
      credit: 'Báo và Phát thanh, Truyền hình Đồng Nai',
      picture: { src: '/a.jpg', webp: null, width: 300, height: 200, alt: '', placeholder: null },
      embargoUntil: '2027-01-01T00:00:00.000Z',
    },
    {
      key: 'media-2',
      type: 'image',
      locale: lang,
      href: `/${lang}/media/2`,
      titleHtml: 'Long Thanh',
      snippetHtml: null,
      publishedAt: null,
      credit: null,
      picture: null,
      embargoUntil: null,
    },
  ] as unknown as Parameters<typeof ItemCards>[0]['cards']
}

const PHOTO = {
  id: 2,
  kind: 'image',
  filename: 'long-thanh.jpg',
  width: 4000,
  height: 3000,
  filesize: 4_200_000,
  renditions: [
    { size: 'web', format: 'jpeg', width: 1280, height: 960, filesize: 240_000 },
    { size: 'large', format: 'jpeg', width: 2560, height: 1920, filesize: 900_000 },
  ],
} as unknown as Media

const JOURNALIST = { requester: { kind: 'journalist', isAccredited: true } } as unknown as Reader
const ANONYMOUS = { requester: { kind: 'anonymous' } } as unknown as Reader

/** Settings whose texts are all in `other`, the fallback language, with a contact e-mail. */
function siteIn({ other }: { other: Locale }): SiteInfo {
  return {
    databaseName: 'Cơ sở dữ liệu thông tin đối ngoại',
    provinceName: 'Đồng Nai',
    managingAgency: 'Sở Văn hóa, Thể thao và Du lịch',
    footerText: 'Địa chỉ: Biên Hòa',
    usageTerms: 'Ghi nguồn khi sử dụng lại.',
    contactEmail: 'press@example.vn',
    sources: {
      databaseName: other,
      provinceName: other,
      managingAgency: other,
      footerText: other,
      usageTerms: other,
    },
  }
}
