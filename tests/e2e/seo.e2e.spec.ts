import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { missingRichResultFields, schemaOrgProblems, type JsonLdNode } from '../helpers/schemaOrg'
import { launchBrowser } from './helpers/browser'
import { startLibraryServer, type LibraryServer } from './helpers/startLibraryServer'

/**
 * What a crawler or a chat app's link preview reads of the production library: the head tags of
 * an article and a photo page (Open Graph, Twitter card, canonical and hreflang links, JSON-LD
 * checked against the schema.org vocabulary), the picture they point to, robots.txt and the
 * sitemaps — all served by the real Next.js build on the demo seed.
 */
describe('the library’s pages as search engines and link previews read them', () => {
  let server: LibraryServer
  let browser: Browser
  let reader: BrowserContext
  let photoPath = ''

  beforeAll(async () => {
    server = await startLibraryServer()
    browser = await launchBrowser()
    reader = await browser.newContext({ locale: 'en-GB' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('gives an article page Open Graph, Twitter, canonical, hreflang and NewsArticle tags', async () => {
    const articleId = await anArticleWithAPhoto()
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}/vi/articles/${articleId}`)
    const head = await headTags(page)

    expect(head.meta['og:type']).toBe('article')
    expect(head.meta['og:title']).toBe(await page.locator('h1').first().textContent())
    expect(head.meta['og:url']).toBe(`${server.baseUrl}/vi/articles/${articleId}`)
    expect(head.meta['og:locale']).toBe('vi_VN')
    expect(head.meta['og:image']).toMatch(
      new RegExp(`^${escape(server.baseUrl)}/api/media/\\d+/renditions/web\\.`),
    )
    expect(head.meta['twitter:card']).toBe('summary_large_image')
    expect(head.canonical).toBe(`${server.baseUrl}/vi/articles/${articleId}`)
    expect(head.alternates['vi-VN']).toBe(`${server.baseUrl}/vi/articles/${articleId}`)

    expect(head.jsonLd).toHaveLength(1)
    const [article] = head.jsonLd as [JsonLdNode]
    expect(article['@type']).toBe('NewsArticle')
    expect(schemaOrgProblems(article)).toEqual([])
    expect(missingRichResultFields(article)).toEqual([])

    // The shared picture is one an anonymous reader may fetch.
    const picture = await fetch(head.meta['og:image']!)
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toMatch(/^image\//)

    photoPath = (await page.locator('.gallery a').first().getAttribute('href')) ?? ''
    expect(photoPath).toMatch(/^\/vi\/media\/\d+$/)
    await page.close()
  })

  it('gives a photo page an ImageObject with its licence, credit, copyright and creator', async () => {
    const page = await reader.newPage()
    await page.goto(`${server.baseUrl}${photoPath}`)
    const head = await headTags(page)

    expect(head.meta['og:type']).toBe('website')
    expect(head.meta['og:image']).toMatch(/\/renditions\/web\.\w+$/)
    expect(head.meta['twitter:card']).toBe('summary_large_image')
    expect(head.canonical).toBe(`${server.baseUrl}${photoPath}`)

    const [photo] = head.jsonLd as [JsonLdNode]
    expect(photo['@type']).toBe('ImageObject')
    expect(schemaOrgProblems(photo)).toEqual([])
    expect(photo).toMatchObject({
      contentUrl: head.meta['og:image'],
      acquireLicensePage: `${server.baseUrl}${photoPath}`,
    })
    expect(photo.license).toEqual(expect.any(String))
    expect(photo.creditText).toEqual(expect.any(String))
    await page.close()
  })

  it('serves robots.txt and a sitemap index whose files list the pages', async () => {
    const robots = await (await fetch(`${server.baseUrl}/robots.txt`)).text()
    expect(robots).toContain('Disallow: /api/\n')
    expect(robots).toContain('Disallow: /admin\n')
    expect(robots).toContain('Disallow: /en/account\n')
    expect(robots).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`)

    const index = await fetch(`${server.baseUrl}/sitemap.xml`)
    expect(index.headers.get('content-type')).toContain('application/xml')
    const indexXml = await index.text()
    expect(indexXml).toContain(`<loc>${server.baseUrl}/sitemaps/vi/media-1.xml</loc>`)
    const photos = await (await fetch(`${server.baseUrl}/sitemaps/vi/media-1.xml`)).text()
    expect(photos).toContain(`<loc>${server.baseUrl}${photoPath}</loc>`)
    expect((await fetch(`${server.baseUrl}/sitemaps/vi/nothing.xml`)).status).toBe(404)
  })

  /** A published article of the demo seed with a photo, as an anonymous reader finds it. */
  async function anArticleWithAPhoto(): Promise<number> {
    const response = await fetch(
      `${server.baseUrl}/api/articles?where[media][exists]=true&limit=1&depth=0&locale=vi`,
    )
    const { docs } = (await response.json()) as { docs: Array<{ id: number }> }
    expect(docs.length, 'a demo article with a photo').toBeGreaterThan(0)
    return docs[0]!.id
  }
})

/** The tags in a page's `<head>` that sharing and indexing read. */
async function headTags(page: Page): Promise<{
  meta: Record<string, string>
  canonical: string | null
  alternates: Record<string, string>
  jsonLd: JsonLdNode[]
}> {
  return page.evaluate(() => {
    const meta: Record<string, string> = {}
    for (const tag of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name') ?? ''
      // The first of repeated tags (og:image:…, og:locale:alternate): the one previews use.
      if (!(key in meta)) meta[key] = tag.getAttribute('content') ?? ''
    }
    const alternates: Record<string, string> = {}
    for (const link of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) {
      alternates[link.getAttribute('hreflang') ?? ''] = link.getAttribute('href') ?? ''
    }
    return {
      meta,
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      alternates,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>,
      ),
    }
  })
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
