import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { searchDocument } from '../../../tests/helpers/searchDocuments'
import { fieldEquals, fieldIn, matchAll, type FilterNode } from '../filter/FilterNode'
import { FACETS, type SearchRequest } from '../SearchIndex'
import { readSnapshot, writeSnapshot } from './indexFiles'
import { InvertedIndex, STORED_FIELDS } from './InvertedIndex'

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

  it.each(['relevance', 'newest', 'oldest'] as const)(
    'pages through runs of equal scores and dates in one total order (%s): every hit once',
    (sort) => {
      const tied = new InvertedIndex()
      const date = Date.UTC(2026, 0, 1)
      // Two texts, so two runs of equal scores, interleaved and added out of id order: the
      // better run keeps displacing kept documents while a page is chosen.
      const ids = Array.from({ length: 37 }, (_, n) => `t${String(n).padStart(2, '0')}`)
      for (const [n, itemId] of [...ids.entries()].reverse()) {
        const title = n % 2 === 0 ? 'Lễ hội' : 'Lễ hội đèn lồng trên sông Đồng Nai'
        tied.add(searchDocument({ itemId, title, date }))
      }
      const everything = search(tied, { query: 'lễ hội', sort, limit: 37 }).hits.map(
        (hit) => hit.itemId,
      )
      expect(new Set(everything).size).toBe(37)
      for (const limit of [1, 5, 7, 10, 36]) {
        const seen: string[] = []
        for (let offset = 0; offset < 37; offset += limit) {
          const page = search(tied, { query: 'lễ hội', sort, offset, limit })
          seen.push(...page.hits.map((hit) => hit.itemId))
        }
        expect(seen, `${limit} a page`).toEqual(everything)
      }
      // Within a run, by id.
      const runs =
        sort === 'relevance' ? [everything.slice(0, 19), everything.slice(19)] : [everything]
      for (const run of runs) expect(run).toEqual([...run].sort())
    },
  )

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

  it('answers every search the same after a snapshot round trip, removals and all', async () => {
    const original = mixedIndex()
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-snapshot-')), 'index.bin')
    await writeSnapshot({ file, index: original })
    const restored = await readSnapshot(file)
    await fs.rm(path.dirname(file), { recursive: true, force: true })
    expect(restored.size).toBe(original.size)
    expect([...restored.refs()]).toEqual([...original.refs()])
    for (const request of MIXED_REQUESTS)
      expect(search(restored, request)).toEqual(search(original, request))
  })

  it('loads a snapshot written in the format before this one (one JSON line per document)', async () => {
    const original = mixedIndex()
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-snapshot-')), 'index.bin')
    await fs.writeFile(file, formatOneSnapshot(original))
    const restored = await readSnapshot(file)
    await fs.rm(path.dirname(file), { recursive: true, force: true })
    expect([...restored.refs()]).toEqual([...original.refs()])
    for (const request of MIXED_REQUESTS)
      expect(search(restored, request)).toEqual(search(original, request))
  })
})

describe('InvertedIndex with place synonyms', () => {
  const DONG_NAI = ['Đồng Nai', 'Dong Nai', '同奈', 'ドンナイ', '동나이', 'Донгнай', 'ដុងណៃ']
  function gazetteerIndex(): InvertedIndex {
    const index = new InvertedIndex()
    index.add(
      searchDocument({
        itemId: 'ja1',
        locale: 'ja',
        title: 'ドンナイ省、投資促進プログラムを発表',
      }),
    )
    index.add(
      searchDocument({ itemId: 'ja2', locale: 'ja', title: '日本企業、工業団地で生産を拡大' }),
    )
    index.add(
      searchDocument({ itemId: 'ja3', locale: 'ja', title: 'ナイトマーケットとドン・キホーテ' }),
    )
    index.add(
      searchDocument({
        itemId: 'ko1',
        locale: 'ko',
        title: '동나이성에서 취재하는 외국 기자를 위한 안내',
      }),
    )
    index.add(
      searchDocument({
        itemId: 'km1',
        locale: 'km',
        title: 'ខេត្តដុងណៃប្រគល់អាហារូបករណ៍ដល់និស្សិតកម្ពុជា',
      }),
    )
    index.add(searchDocument({ itemId: 'vi1', title: 'Đồng Nai thu hút vốn đầu tư nước ngoài' }))
    return index
  }
  const itemIds = (result: ReturnType<InvertedIndex['search']>) =>
    result.hits.map((hit) => hit.itemId).sort()

  it('finds the names of a place in every script for a query in Latin letters, and nothing else', () => {
    const index = gazetteerIndex()
    expect(itemIds(search(index, { query: 'dong nai', queryLocale: 'ja' }))).toEqual(['vi1'])
    index.setSynonyms([DONG_NAI])
    expect(itemIds(search(index, { query: 'dong nai', queryLocale: 'ja' }))).toEqual([
      'ja1',
      'km1',
      'ko1',
      'vi1',
    ])
    expect(itemIds(search(index, { query: 'ドンナイ', queryLocale: 'ja' }))).toEqual([
      'ja1',
      'km1',
      'ko1',
      'vi1',
    ])
  })

  it('requires every word of a name, whole: ドン with ナイト is not ドンナイ, nor is "nai" a place', () => {
    const index = gazetteerIndex()
    index.setSynonyms([DONG_NAI])
    expect(itemIds(search(index, { query: 'dong nai 投資', queryLocale: 'ja' }))).toEqual(['ja1'])
    expect(itemIds(search(index, { query: 'nai', queryLocale: 'ja' }))).toEqual(['vi1'])
  })

  it('highlights the matched name in the other script', () => {
    const index = gazetteerIndex()
    index.setSynonyms([DONG_NAI])
    const hit = search(index, { query: 'dong nai', queryLocale: 'ja' }).hits.find(
      (found) => found.itemId === 'ja1',
    )
    expect(hit?.highlight.title).toContain('<mark>ドンナイ</mark>')
  })

  it('changes results as soon as the synonyms change, without indexing again', () => {
    const index = gazetteerIndex()
    index.setSynonyms([DONG_NAI])
    expect(search(index, { query: 'dong nai', queryLocale: 'ja' }).total).toBe(4)
    index.setSynonyms([DONG_NAI.filter((name) => name !== 'ドンナイ')])
    expect(itemIds(search(index, { query: 'dong nai', queryLocale: 'ja' }))).toEqual([
      'km1',
      'ko1',
      'vi1',
    ])
  })

  it('keeps its synonyms through a snapshot round trip', async () => {
    const original = gazetteerIndex()
    original.setSynonyms([DONG_NAI])
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-snapshot-')), 'index.bin')
    await writeSnapshot({ file, index: original })
    const restored = await readSnapshot(file)
    await fs.rm(path.dirname(file), { recursive: true, force: true })
    expect(restored.synonyms).toEqual([DONG_NAI])
    expect(search(restored, { query: 'dong nai', queryLocale: 'ja' }).total).toBe(4)
  })
})

const MIXED_REQUESTS: Array<Partial<SearchRequest> & { query: string }> = [
  { query: 'Đồng Nai', facets: [...FACETS] },
  { query: 'dong nai', sort: 'newest', offset: 3, limit: 5 },
  { query: 'investment', queryLocale: 'en', facets: ['topic', 'agency'] },
  { query: '投资', queryLocale: 'zh' },
  {
    query: '',
    sort: 'oldest',
    facets: ['year', 'type'],
    filter: fieldIn({ field: 'topics', values: ['2'] }),
  },
  {
    query: 'khách',
    filter: { kind: 'not', node: { kind: 'isNull', field: 'embargoUntil' } },
    facets: ['infoType'],
  },
]

/** An index of varied documents in several languages, some replaced and some removed. */
function mixedIndex(): InvertedIndex {
  const index = new InvertedIndex()
  const titles = [
    'Đồng Nai đón hai triệu lượt khách',
    'Đông Nai, thương hiệu nông sản mới',
    'Dong Nai Coffee mở cửa hàng',
    'International investment promotion conference',
    '同奈省举办国际投资促进会议',
  ]
  for (let number = 0; number < 60; number += 1) {
    index.add(
      searchDocument({
        itemId: `m${number % 40}`,
        locale: number % 5 === 3 ? 'en' : number % 5 === 4 ? 'zh' : 'vi',
        collection: number % 7 === 0 ? 'media' : 'articles',
        title: `${titles[number % 5]!} ${number}`,
        summary: number % 2 === 0 ? 'Du khách quốc tế tham quan khu công nghiệp' : '',
        caption: number % 3 === 0 ? 'Ảnh: hồ Trị An' : '',
        credit: number % 4 === 0 ? 'Báo Đồng Nai' : '',
        text: number % 5 === 0 ? 'Investment in Đồng Nai grew. '.repeat(number) : '',
        labels: number % 2 === 0 ? ['Đầu tư', 'Sở Tài chính'] : [],
        topics: number % 3 === 0 ? [] : [String(number % 4)],
        agency: number % 6 === 0 ? null : String(number % 3),
        year: number % 9 === 0 ? null : 2015 + (number % 11),
        embargoUntil: number % 8 === 0 ? Date.UTC(2030, 0, 1) : null,
        infoType: number % 7 === 0 ? null : 'official',
      }),
    )
  }
  for (let number = 0; number < 40; number += 6) index.removeItem(`articles-m${number}`)
  return index
}

/** `index` as format 1 stored it: magic, header, one JSON line per document, postings. */
function formatOneSnapshot(index: InvertedIndex): Buffer {
  const data = index.serialize()
  const texts = Buffer.from(data.display.bytes)
  const lines = data.documents.id.map((_, number) => {
    const fields = Object.fromEntries(
      STORED_FIELDS.map((field) => [field, data.documents[field][number]]),
    )
    const start = number === 0 ? 0 : data.display.ends[number - 1]!
    const display = texts.toString('utf8', start, data.display.ends[number])
    return JSON.stringify({ ...fields, display })
  })
  const documents = Buffer.from(lines.join('\n'), 'utf8')
  const header = Buffer.from(
    JSON.stringify({
      format: 1,
      terms: data.terms,
      sizes: data.sizes,
      documentCount: lines.length,
      documentsBytes: documents.length,
    }),
  )
  const headerLength = Buffer.alloc(4)
  headerLength.writeUInt32LE(header.length)
  const beforePostings = 8 + 4 + header.length + documents.length
  const postings = data.postings.map((list) =>
    Buffer.from(list.buffer, list.byteOffset, list.byteLength),
  )
  return Buffer.concat([
    Buffer.from('TTDNIDX1', 'ascii'),
    headerLength,
    header,
    documents,
    Buffer.alloc((4 - (beforePostings % 4)) % 4),
    ...postings,
  ])
}
