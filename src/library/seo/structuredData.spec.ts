import { describe, expect, it } from 'vitest'

import {
  isoDuration,
  jsonLdScriptText,
  mediaJsonLd,
  newsArticleJsonLd,
  type MediaFacts,
} from './structuredData'

const site = { name: 'CSDL TTĐN', url: 'https://ttdn.example/en', publisher: { name: 'Sở VHTTDL' } }
const agency = { name: 'Báo Đồng Nai', url: 'https://ttdn.example/en/agencies/bdn' }
const photo: MediaFacts = {
  kind: 'image',
  url: 'https://ttdn.example/en/media/4',
  locale: 'en',
  name: 'Floating market',
  caption: null,
  image: {
    url: 'https://ttdn.example/api/media/4/renditions/web.jpeg',
    width: 1600,
    height: 900,
    alt: '',
  },
  videoUrl: null,
  durationSeconds: null,
  datePublished: '2026-01-02T00:00:00.000Z',
  dateModified: '2026-01-03T00:00:00.000Z',
  dateCreated: null,
  credit: null,
  creator: null,
  copyrightNotice: null,
  licenseUrl: 'https://ttdn.example/en/media/4',
  keywords: [],
  placeName: null,
  agency,
  site,
}

describe('mediaJsonLd', () => {
  it('credits a photo without a credit line or creator to its agency, and links the licence page', () => {
    const node = mediaJsonLd(photo)
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ImageObject',
      contentUrl: photo.image?.url,
      creditText: 'Báo Đồng Nai',
      creator: [{ '@type': 'Organization', name: 'Báo Đồng Nai', url: agency.url }],
      license: photo.licenseUrl,
      acquireLicensePage: photo.url,
    })
    // Empty fields are left out, not written as "" or null.
    expect(node).not.toHaveProperty('copyrightNotice')
    expect(node).not.toHaveProperty('caption')
  })

  it('names the photographer as the creator when the item has one', () => {
    expect(mediaJsonLd({ ...photo, creator: 'Nguyễn Văn A' }).creator).toEqual([
      { '@type': 'Person', name: 'Nguyễn Văn A' },
    ])
  })

  it('describes a video by its web rendition, poster and duration', () => {
    const node = mediaJsonLd({
      ...photo,
      kind: 'video',
      videoUrl: 'https://ttdn.example/api/media/4/renditions/web.mp4',
      durationSeconds: 95,
    })
    expect(node).toMatchObject({
      '@type': 'VideoObject',
      contentUrl: 'https://ttdn.example/api/media/4/renditions/web.mp4',
      thumbnailUrl: photo.image?.url,
      uploadDate: photo.datePublished,
      duration: 'PT1M35S',
      description: 'Floating market',
    })
  })

  it('makes a publication a DigitalDocument', () => {
    expect(mediaJsonLd({ ...photo, kind: 'document' })['@type']).toBe('DigitalDocument')
  })
})

describe('newsArticleJsonLd', () => {
  it('names the agency as author and the managing department as publisher', () => {
    const node = newsArticleJsonLd({
      url: 'https://ttdn.example/ja/articles/9',
      locale: 'ja',
      headline: 'ドンナイ省',
      description: null,
      datePublished: '2026-01-02T00:00:00.000Z',
      dateModified: '2026-01-02T00:00:00.000Z',
      images: [],
      agency,
      site,
      topics: [],
      place: { name: 'Biên Hòa', latitude: 10.95, longitude: 106.82 },
    })
    expect(node).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'ja',
      author: [{ '@type': 'Organization', name: 'Báo Đồng Nai' }],
      publisher: { '@type': 'Organization', name: 'Sở VHTTDL' },
      contentLocation: {
        '@type': 'Place',
        name: 'Biên Hòa',
        geo: { '@type': 'GeoCoordinates', latitude: 10.95, longitude: 106.82 },
      },
    })
    expect(node).not.toHaveProperty('image')
    expect(node).not.toHaveProperty('description')
  })
})

describe('jsonLdScriptText', () => {
  it('escapes < so a headline cannot close the script element', () => {
    const text = jsonLdScriptText({ '@type': 'Thing', name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('<')
    expect(JSON.parse(text)).toEqual({
      '@type': 'Thing',
      name: '</script><script>alert(1)</script>',
    })
  })
})

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [59.6, 'PT1M'],
    [65, 'PT1M5S'],
    [3600, 'PT1H'],
    [3725, 'PT1H2M5S'],
  ])('writes %s seconds as %s', (seconds, duration) => {
    expect(isoDuration(seconds)).toBe(duration)
  })
})
