import { describe, expect, it } from 'vitest'

import { librarySearchParams } from '../searchLibrary'
import { parseSearchParams } from './parseSearchParams'

const parse = (query: string) =>
  parseSearchParams({ searchParams: new URLSearchParams(query), defaultLocale: 'ja' })

describe('parseSearchParams', () => {
  it('reads every parameter, lists repeated or comma-separated, with defaults', () => {
    expect(
      parse(
        'q=+Đồng Nai+&locale=vi&type=image,video&type=article&topic=3&agency=ab-12&year=2024&infoType=official&from=2024-02-01&to=2024-02-29&page=2&limit=10&sort=newest&depth=9',
      ),
    ).toEqual({
      params: {
        query: 'Đồng Nai',
        locale: 'vi',
        type: ['image', 'video', 'article'],
        infoType: ['official'],
        topic: ['3'],
        agency: ['ab-12'],
        year: [2024],
        from: '2024-02-01',
        to: '2024-02-29',
        sort: 'newest',
        page: 2,
        limit: 10,
      },
    })
    // An empty query string is the search with nothing chosen, in the caller's language.
    expect(parse('')).toEqual({ params: librarySearchParams({ locale: 'ja' }) })
    expect(librarySearchParams({ locale: 'ja' })).toMatchObject({ sort: 'relevance', limit: 20 })
  })

  it.each([
    ['page=0', 'page', 'search.expectedInteger', { min: 1, max: 500 }],
    ['limit=10&page=1001', 'page', 'search.expectedInteger', { min: 1, max: 1000 }],
    ['limit=51', 'limit', 'search.expectedInteger', { min: 1, max: 50 }],
    ['limit=abc', 'limit', 'search.expectedInteger', { min: 1, max: 50 }],
    ['locale=de', 'locale', 'search.expectedOneOf', { values: 'vi, en, zh, ja, ko, fr, ru, km' }],
    [
      'type=podcast',
      'type',
      'search.expectedOneOf',
      { values: 'article, image, video, document, album, event' },
    ],
    [
      'infoType=rumour',
      'infoType',
      'search.expectedOneOf',
      { values: 'official, promotional, world, clarification' },
    ],
    ['year=20', 'year', 'search.expectedYear', { min: 1900, max: 2100 }],
    ['topic=a%20b', 'topic', 'search.expectedId', undefined],
    ['from=2024-2-1', 'from', 'statistics.expectedDay', undefined],
    ['to=2023-02-29', 'to', 'statistics.expectedDay', undefined],
    ['from=2024-03-01&to=2024-02-01', 'to', 'search.expectedDayNotBefore', { day: '2024-03-01' }],
    ['sort=random', 'sort', 'search.expectedOneOf', { values: 'relevance, newest, oldest' }],
    [`q=${'x'.repeat(501)}`, 'q', 'search.expectedQuery', { max: 500 }],
    [
      `agency=${Array.from({ length: 21 }, (_, i) => i).join(',')}`,
      'agency',
      'search.expectedAtMost',
      { max: 20 },
    ],
  ])('refuses %s', (query, name, key, params) => {
    expect(parse(query)).toEqual({ error: { name, expected: { key, params } } })
  })
})
