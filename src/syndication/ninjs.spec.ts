import { describe, expect, it } from 'vitest'

import { mediaToNinjs } from './ninjs'

const context = {
  host: 'ttdn.example',
  publicUrl: 'https://ttdn.example',
  locale: 'ja' as const,
  version: '3',
  siblingLocales: [],
  topics: [{ name: '観光', slug: 'du-lich' }],
}

describe('mediaToNinjs', () => {
  it('heads a photo with its headline, and lists its topics and keywords as subjects', () => {
    const ninjs = mediaToNinjs({
      media: {
        id: 9,
        kind: 'image',
        headline: 'ロンタイン国際空港の旅客ターミナル',
        alt: '蓮の花の形の屋根',
        keywords: ['空港', ' '],
      },
      context,
    })
    expect(ninjs.headlines).toEqual([{ role: 'main', value: 'ロンタイン国際空港の旅客ターミナル' }])
    expect(ninjs.subjects).toEqual([
      { name: '観光', uri: 'urn:ttdn:ttdn.example:topic:du-lich', rel: 'about' },
      { name: '空港', literal: '空港', rel: 'keyword' },
    ])
  })

  it('heads an item saved before headlines existed with its alternative text', () => {
    const ninjs = mediaToNinjs({
      media: { id: 9, kind: 'image', alt: '蓮の花の形の屋根' },
      context: { ...context, topics: [] },
    })
    expect(ninjs.headlines).toEqual([{ role: 'main', value: '蓮の花の形の屋根' }])
    expect(ninjs).not.toHaveProperty('subjects')
  })
})
