import { describe, expect, it } from 'vitest'

import { shareMetadata, unsharedMetadata, type SharePage } from './shareMetadata'

const page: SharePage = {
  title: 'Lễ hội',
  description: 'Mô tả',
  url: 'https://ttdn.example/vi/articles/3',
  languages: {
    vi: 'https://ttdn.example/vi/articles/3',
    ja: 'https://ttdn.example/ja/articles/3',
  },
  locale: 'vi',
  siteName: 'CSDL TTĐN',
  image: {
    url: 'https://ttdn.example/api/media/1/renditions/web.jpeg',
    width: 1600,
    height: 900,
    alt: 'Ảnh',
  },
  kind: {
    type: 'article',
    publishedTime: '2026-01-02T00:00:00.000Z',
    modifiedTime: '2026-01-03T00:00:00.000Z',
    tags: ['Du lịch'],
  },
}

describe('shareMetadata', () => {
  it('gives the canonical URL and an hreflang alternate for each published language only', () => {
    expect(shareMetadata(page).alternates).toEqual({
      canonical: page.url,
      languages: { 'vi-VN': page.languages.vi, ja: page.languages.ja },
    })
  })

  it('writes Open Graph article tags with the other languages as alternate locales', () => {
    expect(shareMetadata(page).openGraph).toMatchObject({
      type: 'article',
      url: page.url,
      siteName: 'CSDL TTĐN',
      locale: 'vi_VN',
      alternateLocale: ['ja_JP'],
      publishedTime: '2026-01-02T00:00:00.000Z',
      images: [{ url: page.image?.url, width: 1600, height: 900, alt: 'Ảnh' }],
    })
  })

  it('asks for a large-image Twitter card when there is a picture, a plain one otherwise', () => {
    expect(shareMetadata(page).twitter).toMatchObject({ card: 'summary_large_image' })
    expect(shareMetadata({ ...page, image: null }).twitter).toMatchObject({ card: 'summary' })
  })

  it('marks a video page as video.other with its web rendition', () => {
    const video = shareMetadata({
      ...page,
      kind: { type: 'video', videoUrl: 'https://ttdn.example/api/media/1/renditions/web.mp4' },
    })
    expect(video.openGraph).toMatchObject({
      type: 'video.other',
      videos: [{ url: 'https://ttdn.example/api/media/1/renditions/web.mp4', type: 'video/mp4' }],
    })
  })
})

describe('unsharedMetadata', () => {
  it('keeps a page the public may not read out of search engines, with nothing to share', () => {
    expect(unsharedMetadata({ title: 'Press only' })).toEqual({
      title: 'Press only',
      robots: { index: false, follow: false },
    })
  })
})
