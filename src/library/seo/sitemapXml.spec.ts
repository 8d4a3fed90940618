import { describe, expect, it } from 'vitest'

import {
  parseSitemapFileName,
  sitemapFileName,
  sitemapIndexXml,
  urlEntryXml,
  type SitemapFile,
} from './sitemapXml'

describe('sitemap file names', () => {
  it.each<[string, SitemapFile]>([
    ['pages.xml', { kind: 'pages' }],
    ['articles-1.xml', { kind: 'items', collection: 'articles', number: 1 }],
    ['media-12.xml', { kind: 'items', collection: 'media', number: 12 }],
    ['albums-2.xml', { kind: 'items', collection: 'albums', number: 2 }],
    ['events-1.xml', { kind: 'items', collection: 'events', number: 1 }],
  ])('reads %s back into the file it names', (name, file) => {
    expect(parseSitemapFileName(name)).toEqual(file)
    expect(sitemapFileName(file)).toBe(name)
  })

  it.each([
    'articles-0.xml',
    'articles-01.xml',
    'topics-1.xml',
    'media-1.xml.gz',
    'media-1234567.xml',
    '../pages.xml',
  ])('refuses %s', (name) => {
    expect(parseSitemapFileName(name)).toBeNull()
  })
})

describe('urlEntryXml', () => {
  it('lists every language version of a page as an hreflang alternate, itself included', () => {
    const xml = urlEntryXml({
      loc: 'https://ttdn.example/ja/articles/3',
      lastmod: '2026-01-02T00:00:00.000Z',
      alternates: [
        { locale: 'vi', href: 'https://ttdn.example/vi/articles/3' },
        { locale: 'ja', href: 'https://ttdn.example/ja/articles/3' },
      ],
    })
    expect(xml).toBe(
      '<url><loc>https://ttdn.example/ja/articles/3</loc><lastmod>2026-01-02T00:00:00.000Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="vi-VN" href="https://ttdn.example/vi/articles/3"/>' +
        '<xhtml:link rel="alternate" hreflang="ja" href="https://ttdn.example/ja/articles/3"/></url>\n',
    )
  })

  it('escapes what XML would read as markup', () => {
    expect(urlEntryXml({ loc: 'https://ttdn.example/vi/search?q=a&b=<c>', alternates: [] })).toBe(
      '<url><loc>https://ttdn.example/vi/search?q=a&amp;b=&lt;c&gt;</loc></url>\n',
    )
  })
})

describe('sitemapIndexXml', () => {
  it('lists the sitemap files', () => {
    expect(
      sitemapIndexXml({ locations: ['https://ttdn.example/sitemaps/vi/pages.xml'] }),
    ).toContain(
      '<sitemap><loc>https://ttdn.example/sitemaps/vi/pages.xml</loc></sitemap></sitemapindex>',
    )
  })
})
