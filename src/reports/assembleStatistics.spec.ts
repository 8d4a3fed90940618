import { describe, expect, it } from 'vitest'

import { assembleStatistics } from './assembleStatistics'
import { EMPTY_FIGURE_ROWS, type FigureRows } from './statisticsBackend'

const AGENCIES = [
  { id: 1, code: 'a', name: 'A' },
  { id: 2, code: 'b', name: 'B' },
]
const TARGET = { id: 9, key: 'vietnam-vn', name: 'vietnam.vn' }

function assemble(rows: Partial<FigureRows>) {
  return assembleStatistics({
    period: { from: '2026-01-01', to: '2026-06-30' },
    generatedAt: '2026-07-01T00:00:00.000Z',
    agencies: AGENCIES,
    targets: [TARGET],
    rows: { ...EMPTY_FIGURE_ROWS, ...rows },
    titles: new Map([['articles:5', 'Bài năm']]),
    topItems: 2,
  })
}

describe('the statistics assembled from grouped rows', () => {
  it('lists every kind, kind of information and locale, zeros included, and adds agencies up', () => {
    const statistics = assemble({
      items: [
        { agencyId: '1', kind: 'article', infoType: 'official', supplied: 2, published: 1 },
        { agencyId: '2', kind: 'photo', infoType: null, supplied: 3, published: 0 },
      ],
      localesPublished: [{ agencyId: '1', key: 'en', count: 1 }],
    })
    expect(statistics.agencies[1]!.items.byKind.article).toEqual({ supplied: 0, published: 0 })
    expect(statistics.totals.items).toMatchObject({
      supplied: 5,
      published: 1,
      byKind: { article: { supplied: 2, published: 1 }, photo: { supplied: 3, published: 0 } },
      byInfoType: { official: { supplied: 2, published: 1 }, world: { supplied: 0, published: 0 } },
      byLocale: { vi: 0, en: 1, km: 0 },
    })
  })

  it('splits each locale into current, stale and missing over the items still published', () => {
    const { translations } = assemble({
      coverageBase: [{ agencyId: '1', count: 4 }],
      coverage: [
        { agencyId: '1', locale: 'vi', published: 4, stale: 0 },
        { agencyId: '1', locale: 'en', published: 3, stale: 1 },
      ],
    }).agencies[0]!
    expect(translations.vi).toEqual({ published: 4, stale: 0, missing: 0 })
    expect(translations.en).toEqual({ published: 2, stale: 1, missing: 1 })
    expect(translations.fr).toEqual({ published: 0, stale: 0, missing: 4 })
  })

  it('takes each block’s median from its own row: the totals’ is not an average of the agencies’', () => {
    const statistics = assemble({
      pushes: [
        {
          agencyId: '1',
          targetId: '9',
          delivered: 2,
          acknowledged: 2,
          failed: 1,
          medianHoursToAck: null,
        },
        {
          agencyId: '1',
          targetId: '9',
          delivered: 0,
          acknowledged: 0,
          failed: 0,
          medianHoursToAck: 2,
        },
        {
          agencyId: '2',
          targetId: '9',
          delivered: 1,
          acknowledged: 1,
          failed: 0,
          medianHoursToAck: null,
        },
        {
          agencyId: '2',
          targetId: '9',
          delivered: 0,
          acknowledged: 0,
          failed: 0,
          medianHoursToAck: 10,
        },
        {
          agencyId: null,
          targetId: '9',
          delivered: 0,
          acknowledged: 0,
          failed: 0,
          medianHoursToAck: 6,
        },
      ],
    })
    expect(statistics.agencies[0]!.pushes).toEqual([
      { target: TARGET, delivered: 2, acknowledged: 2, failed: 1, medianHoursToAck: 2 },
    ])
    expect(statistics.totals.pushes).toEqual([
      { target: TARGET, delivered: 3, acknowledged: 3, failed: 1, medianHoursToAck: 6 },
    ])
  })

  it('ranks the totals’ top items from the agencies’ top lists, titled where a title is known', () => {
    const statistics = assemble({
      viewTopItems: [
        { agencyId: '1', collection: 'articles', id: '5', count: 7, title: null },
        { agencyId: '1', collection: 'media', id: '6', count: 2, title: null },
        { agencyId: '2', collection: 'media', id: '8', count: 4, title: 'Ảnh tám' },
      ],
      viewsByDay: [
        { agencyId: '2', key: '2026-02-01', count: 4 },
        { agencyId: '1', key: '2026-01-15', count: 9 },
      ],
    })
    expect(statistics.totals.views).toEqual({
      total: 13,
      topItems: [
        { collection: 'articles', id: 5, title: 'Bài năm', count: 7 },
        { collection: 'media', id: 8, title: 'Ảnh tám', count: 4 },
      ],
      byDay: [
        { day: '2026-01-15', count: 9 },
        { day: '2026-02-01', count: 4 },
      ],
    })
  })
})
