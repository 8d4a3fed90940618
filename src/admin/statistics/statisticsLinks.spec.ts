import { describe, expect, it } from 'vitest'

import { itemListHref, listHref, statisticsPageHref, statisticsPageQuery } from './statisticsLinks'

describe('statistics page query and links', () => {
  it('defaults to the first six months of this year and keeps a valid custom period', () => {
    expect(statisticsPageQuery({ searchParams: {}, today: '2026-03-04' })).toEqual({
      preset: 'half-year',
      year: 2026,
      from: '2026-01-01',
      to: '2026-06-30',
    })
    expect(
      statisticsPageQuery({
        searchParams: {
          preset: 'custom',
          from: '2026-02-01',
          to: '2026-02-28',
          agency: 'so-vhttdl',
        },
        today: '2026-03-04',
      }),
    ).toEqual({
      preset: 'custom',
      year: 2026,
      from: '2026-02-01',
      to: '2026-02-28',
      agency: 'so-vhttdl',
    })
  })

  it('falls back on a malformed filter instead of failing', () => {
    expect(
      statisticsPageQuery({
        searchParams: {
          preset: 'custom',
          from: '2026-03-01',
          to: '2026-02-01',
          year: 'x',
          agency: '<b>',
        },
        today: '2025-07-01',
      }),
    ).toEqual({ preset: 'half-year', year: 2025, from: '2025-01-01', to: '2025-06-30' })
    expect(
      statisticsPageQuery({ searchParams: { preset: 'year', year: '2024' }, today: '2026-01-01' }),
    ).toEqual({
      preset: 'year',
      year: 2024,
      from: '2024-01-01',
      to: '2024-12-31',
    })
  })

  it('links a count to the admin list filtered the way the list’s own filter builder writes', () => {
    const href = itemListHref({
      measure: 'supplied',
      kind: 'photo',
      agencyId: 7,
      period: { from: '2026-01-01', to: '2026-06-30' },
    })
    const url = new URL(href, 'http://localhost')
    expect(url.pathname).toBe('/admin/collections/media')
    expect([...url.searchParams.entries()]).toEqual([
      ['where[or][0][and][0][agency][equals]', '7'],
      ['where[or][0][and][1][kind][equals]', 'image'],
      ['where[or][0][and][2][createdAt][greater_than_equal]', '2025-12-31T17:00:00.000Z'],
      ['where[or][0][and][3][createdAt][less_than]', '2026-06-30T17:00:00.000Z'],
    ])
  })

  it('links published counts to the items with a publication in the period, in one locale if asked', () => {
    const url = new URL(
      itemListHref({
        measure: 'published',
        locale: 'en',
        period: { from: '2026-01-01', to: '2026-01-31' },
      }),
      'http://localhost',
    )
    expect(url.pathname).toBe('/admin/collections/articles')
    expect(url.searchParams.get('where[or][0][and][0][transitions.action][equals]')).toBe('publish')
    expect(url.searchParams.get('where[or][0][and][3][transitions.locale][equals]')).toBe('en')
    expect(listHref({ collection: 'journalists', conditions: [] })).toBe(
      '/admin/collections/journalists',
    )
  })

  it('writes the page’s own address for a preset', () => {
    expect(
      statisticsPageHref({
        query: {
          preset: 'year',
          year: 2026,
          from: '2026-01-01',
          to: '2026-12-31',
          agency: 'bao-dong-nai',
        },
      }),
    ).toBe('/admin/statistics?preset=year&year=2026&agency=bao-dong-nai')
  })
})
