import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SearchDocument } from '../../src/search/SearchIndex'
import {
  appSearchIndex,
  searchApi,
  searchEngines,
  startSearchApp,
  stopSearchApp,
} from '../helpers/searchEngines'
import { searchDocument } from '../helpers/searchDocuments'
import type { TestApp } from '../helpers/startPayload'

/**
 * Paging, date range, date sorts and facet counts of `GET /api/library/search` (issue 18,
 * item 6), on every reachable engine. The documents are written into the engine as the sync
 * writes them: sixty with one date and two texts, thirty each, so that only the tie-break can
 * order each run of equal scores, and a few dated ones.
 */

const ENGINES = searchEngines({ suite: 'search paging' })

const TIED = 60
const TIED_DATE = Date.UTC(2025, 5, 1, 3)
const TYPES = ['article', 'image', 'video'] as const

/** Two texts and one date; facet values spread over them, for the facet counts. */
function tiedDocuments(): SearchDocument[] {
  return Array.from({ length: TIED }, (_, n) =>
    searchDocument({
      collection: n % 3 === 0 ? 'articles' : 'media',
      itemId: `tied${n}`,
      locale: 'en',
      type: TYPES[n % 3],
      infoType: n % 3 === 0 ? (n % 2 === 0 ? 'official' : 'promotional') : null,
      // Two runs of equal scores, interleaved: the better run displaces kept hits while the
      // engine chooses a page, which is where an order without a tie-break came apart.
      title:
        n % 2 === 0
          ? 'Lantern festival on the river'
          : 'Lantern festival on the river at night, with boats from every ward of the province',
      summary: 'Boats with lanterns on the Dong Nai river at night.',
      topics: n % 4 === 0 ? ['41', '42'] : n % 4 === 1 ? ['41'] : [],
      agency: n % 5 === 0 ? '51' : '52',
      year: n % 2 === 0 ? 2024 : 2025,
      publishedAt: TIED_DATE,
      date: TIED_DATE,
    }),
  )
}

/** Published at the province's midnights around 1 March 2024 (UTC+7). */
const DATED = [
  { itemId: 'fair-feb28', date: Date.UTC(2024, 1, 28, 5) },
  { itemId: 'fair-feb29-late', date: Date.UTC(2024, 1, 29, 16, 59) },
  { itemId: 'fair-mar01-early', date: Date.UTC(2024, 1, 29, 17, 0) },
  { itemId: 'fair-mar02', date: Date.UTC(2024, 2, 2, 9) },
]

describe.each(ENGINES)('search paging on the $name engine', (engine) => {
  let app: TestApp
  const documents = [
    ...tiedDocuments(),
    ...DATED.map(({ itemId, date }) =>
      searchDocument({
        itemId,
        locale: 'en',
        title: 'Spring trade fair',
        publishedAt: date,
        date,
      }),
    ),
  ]

  const search = (query: Record<string, string>) =>
    searchApi({ app, query: { locale: 'en', ...query } })

  beforeAll(async () => {
    app = await startSearchApp({ engine })
    const index = await appSearchIndex({ app })
    await index.replaceItems({
      itemKeys: documents.map((document) => document.itemKey),
      documents,
    })
    await index.settle()
  })

  afterAll(async () => {
    await stopSearchApp({ app, engine })
  })

  it.each([
    { sort: 'relevance', limit: 7 },
    { sort: 'relevance', limit: 10 },
    { sort: 'relevance', limit: 25 },
    { sort: 'relevance', limit: 50 },
    { sort: 'newest', limit: 9 },
    { sort: 'oldest', limit: 11 },
  ])(
    'pages through sixty hits in two runs of equal scores ($sort, $limit a page), every hit exactly once',
    async ({ sort, limit }) => {
      const seen: string[] = []
      const pages = Math.ceil(TIED / limit)
      for (let page = 1; page <= pages; page += 1) {
        const { status, body } = await search({
          q: 'lantern festival',
          sort,
          limit: String(limit),
          page: String(page),
        })
        expect(status).toBe(200)
        expect(body).toMatchObject({ total: TIED, totalPages: pages, page })
        seen.push(...body.hits.map((hit) => hit.itemId))
      }
      expect(seen).toHaveLength(TIED)
      expect(new Set(seen).size).toBe(TIED)
      // Past the last page: nothing more.
      const after = await search({
        q: 'lantern festival',
        sort,
        limit: String(limit),
        page: String(pages + 1),
      })
      expect(after.body.hits).toEqual([])
    },
  )

  it('orders the same way whatever the page size: page 3 of 10 is hits 21 to 30 of one page of 50', async () => {
    const whole = await search({ q: 'lantern festival', limit: '50' })
    const third = await search({ q: 'lantern festival', limit: '10', page: '3' })
    expect(third.body.hits.map((hit) => hit.itemId)).toEqual(
      whole.body.hits.slice(20, 30).map((hit) => hit.itemId),
    )
  })

  it('gives every facet value the count of hits that choosing it returns', async () => {
    const { body } = await search({ q: 'lantern festival', limit: '1' })
    const checked: string[] = []
    for (const facet of ['type', 'infoType', 'topic', 'agency', 'year']) {
      expect(body.facets[facet]!.length, facet).toBeGreaterThan(0)
      for (const { value, count } of body.facets[facet]!) {
        const chosen = await search({ q: 'lantern festival', [facet]: value, limit: '50' })
        expect(chosen.body.total, `${facet}=${value}`).toBe(count)
        // And the pages hold that many hits.
        const pages = Math.ceil(count / 50)
        let held = chosen.body.hits.length
        for (let page = 2; page <= pages; page += 1) {
          held += (
            await search({ q: 'lantern festival', [facet]: value, limit: '50', page: String(page) })
          ).body.hits.length
        }
        expect(held, `${facet}=${value}`).toBe(count)
        checked.push(`${facet}=${value}`)
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['type=image', 'topic=41', 'year=2024']))
  })

  it('keeps listing the other values of a facet with a value chosen, each with its own count', async () => {
    const { body } = await search({ q: 'lantern festival', type: 'image' })
    expect(body.total).toBe(20)
    expect(body.facets.type).toEqual([
      { value: 'article', count: 20 },
      { value: 'image', count: 20 },
      { value: 'video', count: 20 },
    ])
    // The other facets count within the choice.
    const years = Object.fromEntries(body.facets.year!.map(({ value, count }) => [value, count]))
    expect(years).toEqual({ '2024': 10, '2025': 10 })
    const both = await search({ q: 'lantern festival', type: 'image,video' })
    expect(both.body.total).toBe(40)
  })

  it('filters on the days of the publication date in the province, both days included', async () => {
    const itemIds = async (query: Record<string, string>) =>
      (await search({ q: 'trade fair', sort: 'oldest', ...query })).body.hits.map(
        (hit) => hit.itemId,
      )
    expect(await itemIds({ from: '2024-03-01' })).toEqual(['fair-mar01-early', 'fair-mar02'])
    expect(await itemIds({ to: '2024-02-29' })).toEqual(['fair-feb28', 'fair-feb29-late'])
    expect(await itemIds({ from: '2024-02-29', to: '2024-03-01' })).toEqual([
      'fair-feb29-late',
      'fair-mar01-early',
    ])
    const counted = await search({ q: 'trade fair', from: '2024-03-01' })
    expect(counted.body.total).toBe(2)
    expect(counted.body.facets.locale).toEqual([{ value: 'en', count: 2 }])
  })

  it('sorts by date, newest or oldest first, and by relevance', async () => {
    const order = async (sort: string) =>
      (await search({ q: 'trade fair', sort })).body.hits.map((hit) => hit.itemId)
    const oldest = DATED.map(({ itemId }) => itemId)
    expect(await order('oldest')).toEqual(oldest)
    expect(await order('newest')).toEqual([...oldest].reverse())
    expect((await order('relevance')).sort()).toEqual([...oldest].sort())
  })

  it.each([
    [{ from: '2024-02-30' }, 'en', 'Invalid parameter “from”: expected a day written YYYY-MM-DD.'],
    [
      { to: '1-3-2024' },
      'ja',
      'パラメーター「to」が無効です：YYYY-MM-DD 形式の日付を指定してください。',
    ],
    [
      { from: '2024-03-02', to: '2024-03-01' },
      'vi',
      'Tham số “to” không hợp lệ: cần một ngày không trước 2024-03-02.',
    ],
    [
      { sort: 'popular' },
      'en',
      'Invalid parameter “sort”: expected one of relevance, newest, oldest.',
    ],
  ])('refuses %o with 400 in the caller’s language (%s)', async (query, language, message) => {
    // Without `locale`, which would name the language of the answer too.
    const { status, body } = await searchApi({ app, query, language })
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toBe(message)
  })
})
