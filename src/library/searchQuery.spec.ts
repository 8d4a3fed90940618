import { describe, expect, it } from 'vitest'

import { parseLibrarySearch, searchHref, toUrlSearchParams } from './searchQuery'

describe('library search URLs', () => {
  it('keeps only search parameters, repeated values included', () => {
    const query = toUrlSearchParams({
      q: 'đầu tư',
      type: ['image', 'video'],
      from: '2024-01-01',
      utm: 'x',
      page: '',
    })
    expect(query.toString()).toBe(
      'q=%C4%91%E1%BA%A7u+t%C6%B0&type=image&type=video&from=2024-01-01',
    )
  })

  it('searches in the page language whatever the URL says', () => {
    const parsed = parseLibrarySearch({
      query: new URLSearchParams('q=dong+nai&locale=fr'),
      lang: 'ja',
    })
    expect('params' in parsed && parsed.params.locale).toBe('ja')
  })

  it('reports a bad parameter instead of searching', () => {
    const parsed = parseLibrarySearch({ query: new URLSearchParams('sort=popular'), lang: 'en' })
    expect('error' in parsed && parsed.error.name).toBe('sort')
  })

  it('goes back to page 1 when a filter changes, and keeps the page when paging', () => {
    const query = new URLSearchParams('q=cat+tien&page=3')
    expect(searchHref({ lang: 'en', query, changes: { type: ['image'] } })).toBe(
      '/en/search?q=cat+tien&type=image',
    )
    expect(searchHref({ lang: 'en', query, changes: { page: '4' } })).toBe(
      '/en/search?q=cat+tien&page=4',
    )
    expect(searchHref({ lang: 'vi', query: new URLSearchParams(), changes: { q: null } })).toBe(
      '/vi/search',
    )
  })
})
