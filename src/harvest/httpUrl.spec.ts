import { describe, expect, it } from 'vitest'

import { httpUrl } from './httpUrl'

describe('httpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(httpUrl({ value: ' https://so.dongnai.gov.vn/tin/1 ' })).toBe(
      'https://so.dongnai.gov.vn/tin/1',
    )
    expect(httpUrl({ value: 'http://example.org' })).toBe('http://example.org/')
  })

  it('resolves a relative link against its base, and refuses it without one', () => {
    expect(httpUrl({ value: '/anh/1.jpg', base: 'https://so.dongnai.gov.vn/rss' })).toBe(
      'https://so.dongnai.gov.vn/anh/1.jpg',
    )
    expect(httpUrl({ value: '/anh/1.jpg' })).toBeNull()
  })

  it('refuses other schemes, empty values and text that is not a URL', () => {
    expect(httpUrl({ value: 'javascript:alert(1)' })).toBeNull()
    expect(httpUrl({ value: 'data:text/html,hi' })).toBeNull()
    expect(httpUrl({ value: '' })).toBeNull()
    expect(httpUrl({ value: null })).toBeNull()
    expect(httpUrl({ value: 'http://' })).toBeNull()
  })
})
