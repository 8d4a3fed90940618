import { describe, expect, it } from 'vitest'

import { exactDiacriticsWords, toTelex, withExactDiacritics } from './exactDiacritics'

describe('exact diacritics for Meilisearch', () => {
  it('spells Vietnamese words in Telex, so that folding cannot merge them', () => {
    expect(['đồng', 'đông', 'đường', 'dương', 'nguyễn', 'việt', 'hòa'].map(toTelex)).toEqual([
      'ddoongf',
      'ddoong',
      'dduwowngf',
      'duwowng',
      'nguyeenx',
      'vieetj',
      'hoaf',
    ])
  })

  it('stores only the words that carry diacritics', () => {
    expect(exactDiacriticsWords({ text: 'Sông Đồng Nai chảy qua Biên Hòa', locale: 'vi' })).toBe(
      'soong ddoongf chayr bieen hoaf',
    )
  })

  it('adds the Telex words to a query typed with diacritics, within the ten-word limit', () => {
    expect(withExactDiacritics({ query: 'Đồng Nai', locale: 'vi' })).toBe('Đồng Nai ddoongf')
    expect(withExactDiacritics({ query: 'Dong Nai', locale: 'vi' })).toBe('Dong Nai')
    const long = 'Lễ hội văn hóa các dân tộc tỉnh Đồng Nai năm nay'
    expect(withExactDiacritics({ query: long, locale: 'vi' })).toBe(long)
  })
})
