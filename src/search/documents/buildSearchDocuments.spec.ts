import { describe, expect, it } from 'vitest'

import { buildSearchDocuments, type LabelNames } from './buildSearchDocuments'

const labels: LabelNames = {
  topics: new Map([['4', { vi: 'Du lịch', en: 'Tourism' }]]),
  agencies: new Map([['2', { vi: 'Sở Văn hóa, Thể thao và Du lịch' }]]),
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

describe('buildSearchDocuments', () => {
  const article = {
    id: 12,
    _status: 'published',
    title: { vi: 'Lễ hội bưởi Tân Triều', en: 'Tan Trieu pomelo festival', ja: '' },
    summary: { vi: 'Lễ hội lần thứ năm.', en: 'The fifth festival.' },
    body: { vi: paragraph('Hàng nghìn du khách.'), en: paragraph('Thousands of visitors.') },
    place: { name: { vi: 'Vĩnh Cửu' } },
    infoType: 'promotional',
    eventDate: '2025-12-20T00:00:00.000Z',
    topics: [4],
    agency: { id: 2 },
    accessTier: 'press',
    allowedUsers: [],
    embargoUntil: null,
    withdrawnAt: null,
    publishedLocales: ['vi'],
    transitions: [
      { action: 'publish', locale: 'vi', to: 'published', at: '2026-01-02T03:04:05.000Z' },
    ],
    createdAt: '2025-12-01T00:00:00.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
  }

  it('indexes an album and an event by their title and description in each locale with a title, typed as such', () => {
    const shared = {
      _status: 'published',
      place: { name: { vi: 'Biên Hòa', ja: 'ビエンホア' } },
      topics: [4],
      agency: 2,
      accessTier: 'public',
      publishedLocales: ['vi', 'ja'],
      transitions: article.transitions,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
    }
    const album = buildSearchDocuments({
      collection: 'albums',
      item: {
        ...shared,
        id: 3,
        title: { vi: 'Gốm Biên Hòa', ja: 'ビエンホア焼' },
        description: { vi: 'Bình men xanh', ja: '陶芸の村' },
        items: [{ relationTo: 'media', value: 9 }],
      },
      labels,
    })
    expect(album.map((document) => [document.id, document.type, document.summary])).toEqual([
      ['albums-3-vi', 'album', 'Bình men xanh'],
      ['albums-3-ja', 'album', '陶芸の村'],
    ])
    expect(album[1]).toMatchObject({ title: 'ビエンホア焼', caption: '', text: '', year: 2026 })
    expect(album[1]?.labels).toContain('ビエンホア')
    const [event] = buildSearchDocuments({
      collection: 'events',
      item: {
        ...shared,
        id: 5,
        title: { vi: 'Triển lãm gốm' },
        description: { vi: 'Ba ngày' },
        kind: 'exhibition',
        startDate: '2027-03-01T00:00:00.000Z',
      },
      labels,
    })
    // An event is filed under the year it takes place.
    expect(event).toMatchObject({ id: 'events-5-vi', type: 'event', year: 2027, infoType: null })
  })

  it('makes one document per locale with a title, carrying that locale’s texts and names', () => {
    const documents = buildSearchDocuments({ collection: 'articles', item: article, labels })
    expect(documents.map((document) => document.id)).toEqual(['articles-12-vi', 'articles-12-en'])
    expect(documents[0]).toMatchObject({
      itemKey: 'articles-12',
      type: 'article',
      infoType: 'promotional',
      title: 'Lễ hội bưởi Tân Triều',
      text: 'Hàng nghìn du khách.',
      labels: ['Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Vĩnh Cửu'],
      topics: ['4'],
      agency: '2',
      year: 2025,
      accessTier: 'press',
      status: 'published',
      publishedAt: Date.parse('2026-01-02T03:04:05.000Z'),
      isLocalePublished: true,
    })
    // English names where they exist, the Vietnamese source otherwise; English is unpublished.
    expect(documents[1]).toMatchObject({
      title: 'Tan Trieu pomelo festival',
      labels: ['Tourism', 'Sở Văn hóa, Thể thao và Du lịch'],
      isLocalePublished: false,
    })
  })

  it('keeps every field of the visibility rule, and fingerprints the content', () => {
    const withdrawn = {
      ...article,
      withdrawnAt: '2026-02-01T00:00:00.000Z',
      allowedUsers: [{ id: 5 }],
    }
    const [before] = buildSearchDocuments({ collection: 'articles', item: article, labels })
    const [after] = buildSearchDocuments({ collection: 'articles', item: withdrawn, labels })
    expect(after).toMatchObject({
      withdrawnAt: Date.parse('2026-02-01T00:00:00.000Z'),
      allowedUsers: ['5'],
    })
    expect(after!.fingerprint).not.toBe(before!.fingerprint)
  })

  it('indexes media in Vietnamese always, and in each locale with alt text or a caption, titled by the caption’s first line or the file name without alt text', () => {
    const documents = buildSearchDocuments({
      collection: 'media',
      item: {
        id: 'm1',
        _status: 'draft',
        kind: 'video',
        filename: 'cau-dong-nai.mp4',
        alt: { zh: '同奈大桥' },
        caption: { fr: 'Le pont de Đồng Nai' },
        credit: 'Báo Đồng Nai/Huy Anh',
        agency: 2,
        accessTier: 'public',
        createdAt: '2024-03-01T00:00:00.000Z',
        updatedAt: '2024-03-02T00:00:00.000Z',
      },
      labels,
    })
    expect(
      documents.map((document) => [document.locale, document.title, document.caption]),
    ).toEqual([
      ['vi', 'cau-dong-nai.mp4', ''],
      ['zh', '同奈大桥', ''],
      ['fr', 'Le pont de Đồng Nai', 'Le pont de Đồng Nai'],
    ])
    expect(documents[0]).toMatchObject({
      type: 'video',
      infoType: null,
      status: 'draft',
      publishedAt: null,
      date: Date.parse('2024-03-02T00:00:00.000Z'),
      credit: 'Báo Đồng Nai/Huy Anh',
      isLocalePublished: true,
    })
  })

  it('titles a photo by its headline, not its alt text, and finds it by its keywords in their own locale', () => {
    const documents = buildSearchDocuments({
      collection: 'media',
      item: {
        id: 'm3',
        _status: 'published',
        kind: 'image',
        filename: 'nha-ga.jpg',
        headline: { vi: 'Nhà ga Long Thành', en: 'Long Thanh terminal' },
        alt: { vi: 'Mái nhà ga hình hoa sen', en: 'A lotus-shaped roof' },
        keywords: { vi: ['sân bay'], ja: ['空港', 'ドンナイ'] },
        credit: 'Sở Văn hóa, Thể thao và Du lịch/Huy Anh',
        agency: 2,
        topics: [4],
        accessTier: 'public',
        createdAt: '2024-03-01T00:00:00.000Z',
        updatedAt: '2024-03-02T00:00:00.000Z',
      },
      labels: {
        ...labels,
        agencies: new Map([
          ['2', { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture' }],
        ]),
      },
    })
    expect(
      documents.map((document) => [
        document.locale,
        document.title,
        document.labels,
        document.credit,
      ]),
    ).toEqual([
      [
        'vi',
        'Nhà ga Long Thành',
        ['Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'sân bay'],
        'Sở Văn hóa, Thể thao và Du lịch/Huy Anh',
      ],
      [
        'en',
        'Long Thanh terminal',
        ['Tourism', 'Department of Culture'],
        'Department of Culture/Huy Anh',
      ],
      [
        'ja',
        // No Japanese headline: the English one; no official Japanese name: the credit as written.
        'Long Thanh terminal',
        ['Tourism', 'Department of Culture', '空港', 'ドンナイ'],
        'Sở Văn hóa, Thể thao và Du lịch/Huy Anh',
      ],
    ])
    expect(documents[2]!.topics).toEqual(['4'])
  })

  it('indexes a document’s extracted text with its usage terms, in the Vietnamese document only', () => {
    const documents = buildSearchDocuments({
      collection: 'media',
      item: {
        id: 'm2',
        _status: 'published',
        kind: 'document',
        filename: 'niem-giam-thong-ke-2024.pdf',
        caption: { vi: 'Niên giám thống kê', en: 'Statistical yearbook' },
        usageTerms: { vi: 'Trích dẫn nguồn', en: 'Cite the source' },
        documentText: 'Dân số trung bình năm 2024\nTổng sản phẩm trên địa bàn',
        accessTier: 'public',
        createdAt: '2024-03-01T00:00:00.000Z',
        updatedAt: '2024-03-02T00:00:00.000Z',
      },
      labels,
    })
    expect(documents.map((document) => [document.locale, document.type, document.text])).toEqual([
      ['vi', 'document', 'Trích dẫn nguồn\nDân số trung bình năm 2024\nTổng sản phẩm trên địa bàn'],
      ['en', 'document', 'Cite the source'],
    ])
  })
})
