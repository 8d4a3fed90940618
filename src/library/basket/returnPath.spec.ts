import { describe, expect, it } from 'vitest'

import { basketReturnPath } from './returnPath'

describe('basketReturnPath', () => {
  it.each([
    ['/ja/search?q=dong+nai&page=2', '/ja/search?q=dong+nai&page=2'],
    ['/ja', '/ja'],
    ['/ja/articles/4#photos', '/ja/articles/4#photos'],
  ])('sends the reader back to the library page %s', (value, expected) => {
    expect(basketReturnPath({ value, lang: 'ja' })).toBe(expected)
  })

  it.each([
    ['https://evil.example/ja/'],
    ['//evil.example/ja/'],
    ['/ja/\\evil.example'],
    ['/en/search'],
    ['/japan'],
    [null],
  ])('sends anything else (%s) to the basket page', (value) => {
    expect(basketReturnPath({ value, lang: 'ja' })).toBe('/ja/account/basket')
  })
})
