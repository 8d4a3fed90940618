import { describe, expect, it } from 'vitest'

import { searchDocument } from '../../../tests/helpers/searchDocuments'
import { fieldEquals, matchAll, type FilterNode } from '../filter/FilterNode'
import type { SearchRequest } from '../SearchIndex'
import { InvertedIndex } from './InvertedIndex'

function search(index: InvertedIndex, request: Partial<SearchRequest> & { query: string }) {
  return index.search({
    queryLocale: 'vi',
    filter: matchAll,
    facets: [],
    sort: 'relevance',
    offset: 0,
    limit: 20,
    ...request,
  })
}

const titles = (result: ReturnType<InvertedIndex['search']>) => result.hits.map((hit) => hit.title)

describe('InvertedIndex', () => {
  const index = new InvertedIndex()
  index.add(searchDocument({ itemId: 'a', title: 'Dòng sông chảy qua phố' }))
  index.add(searchDocument({ itemId: 'b', title: 'Đông Nai, thương hiệu nông sản mới' }))
  index.add(searchDocument({ itemId: 'c', title: 'Đồng Nai đón hai triệu lượt khách' }))
  index.add(searchDocument({ itemId: 'd', title: 'Dong Nai Coffee mở cửa hàng' }))
  index.add(
    searchDocument({
      itemId: 'e',
      locale: 'en',
      title: 'International investment promotion conference',
      summary: 'Foreign investors visit the high-tech industrial park.',
    }),
  )
  index.add(searchDocument({ itemId: 'e', locale: 'zh', title: '同奈省举办国际投资促进会议' }))
  index.add(
    searchDocument({ itemId: 'e', locale: 'ja', title: 'ドンナイ省で国際投資促進会議が開催' }),
  )

  it('finds Vietnamese without diacritics and ranks the exact spelling first', () => {
    const folded = search(index, { query: 'Dong Nai' })
    expect(titles(folded)).toEqual(
      expect.arrayContaining([
        'Đông Nai, thương hiệu nông sản mới',
        'Đồng Nai đón hai triệu lượt khách',
        'Dong Nai Coffee mở cửa hàng',
      ]),
    )
    const exact = search(index, { query: 'Đồng Nai' })
    expect(exact.hits[0]?.title).toBe('Đồng Nai đón hai triệu lượt khách')
    expect(exact.total).toBe(3)
  })

  it('requires every word, dropping words from the end only when nothing matches them all', () => {
    expect(search(index, { query: 'Đồng Nai khách' }).total).toBe(1)
    expect(titles(search(index, { query: 'Đồng Nai zzzzqx' }))[0]).toBe(
      'Đồng Nai đón hai triệu lượt khách',
    )
  })

  it('tolerates one typo in a long word and matches the last word as a prefix', () => {
    expect(titles(search(index, { query: 'investmnet', queryLocale: 'en' }))).toEqual([
      'International investment promotion conference',
    ])
    expect(search(index, { query: 'internat', queryLocale: 'en' }).total).toBe(1)
  })

  it('finds Chinese and Japanese by their words', () => {
    expect(search(index, { query: '投资', queryLocale: 'zh' }).hits[0]?.locale).toBe('zh')
    expect(search(index, { query: '投資促進', queryLocale: 'ja' }).hits[0]?.locale).toBe('ja')
  })

  it('applies the filter to hits, totals and facets alike', () => {
    const onlyEnglish: FilterNode = fieldEquals({ field: 'locale', value: 'en' })
    const result = search(index, {
      query: 'investment',
      queryLocale: 'en',
      filter: onlyEnglish,
      facets: ['locale', 'type', 'year'],
    })
    expect(result.total).toBe(1)
    expect(result.facets).toEqual({ locale: { en: 1 }, type: { article: 1 }, year: { '2026': 1 } })
    expect(search(index, { query: 'Đồng', filter: { kind: 'none' } }).total).toBe(0)
  })

  it('highlights titles and builds snippets with the matched words marked', () => {
    const [hit] = search(index, { query: 'investors', queryLocale: 'en' }).hits
    expect(hit?.highlight.snippet).toBe(
      'Foreign <mark>investors</mark> visit the high-tech industrial park.',
    )
  })

  it('pages and sorts by date', () => {
    const paged = new InvertedIndex()
    for (let day = 1; day <= 25; day += 1) {
      paged.add(
        searchDocument({ itemId: `p${day}`, title: `Tin số ${day}`, date: Date.UTC(2026, 0, day) }),
      )
    }
    const newest = search(paged, { query: 'tin', sort: 'newest', offset: 20, limit: 10 })
    expect(newest.total).toBe(25)
    expect(titles(newest)).toEqual(['Tin số 5', 'Tin số 4', 'Tin số 3', 'Tin số 2', 'Tin số 1'])
    expect(titles(search(paged, { query: '', sort: 'oldest', limit: 2 }))).toEqual([
      'Tin số 1',
      'Tin số 2',
    ])
  })

  it('replaces and removes items, and survives compaction and a serialize round trip', () => {
    const changing = new InvertedIndex()
    for (let number = 0; number < 3000; number += 1) {
      changing.add(searchDocument({ itemId: `x${number}`, title: `Bài ${number} về Biên Hòa` }))
    }
    for (let number = 0; number < 2500; number += 1) changing.removeItem(`articles-x${number}`)
    changing.add(searchDocument({ itemId: 'x2999', title: 'Bài mới về Long Khánh' }))
    expect(changing.size).toBe(500)
    expect(search(changing, { query: 'Biên Hòa' }).total).toBe(499)

    const data = changing.serialize()
    const restored = InvertedIndex.deserialize({
      ...data,
      postings: data.postings.map((list) => list.slice()),
    })
    expect(restored.size).toBe(500)
    expect(search(restored, { query: 'Long Khanh' }).hits[0]?.itemId).toBe('x2999')
    expect([...restored.refs()].length).toBe(500)
  })
})
