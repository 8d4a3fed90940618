import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchDocument } from '../../tests/helpers/searchDocuments'
import { EmbeddedSearchIndex } from './embedded/EmbeddedSearchIndex'
import { librarySearchParams, searchLibrary, type LibrarySearchParams } from './searchLibrary'

const params = (fields: Partial<LibrarySearchParams>): LibrarySearchParams =>
  librarySearchParams({ locale: 'vi', ...fields })

describe('searchLibrary', () => {
  let directory: string
  let index: EmbeddedSearchIndex
  const now = new Date()

  beforeAll(async () => {
    directory = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-library-'))
    index = new EmbeddedSearchIndex({ directory, logger: { info: () => {}, error: () => {} } })
    await index.replaceItems({
      itemKeys: ['articles-1', 'articles-2', 'media-3'],
      documents: [
        searchDocument({ itemId: '1', title: 'Cà phê Xuân Lộc', topics: ['7'], year: 2024 }),
        searchDocument({ itemId: '1', locale: 'en', title: 'Xuan Loc coffee', topics: ['7'] }),
        searchDocument({ itemId: '2', title: 'Cà phê cho báo chí', accessTier: 'press' }),
        searchDocument({ collection: 'media', itemId: '3', title: 'Vườn cà phê', year: 2025 }),
      ],
    })
    // Around midnight of 1 March 2024 in the province (UTC+7).
    await index.replaceItems({
      itemKeys: ['articles-10', 'articles-11', 'media-12'],
      documents: [
        searchDocument({
          itemId: '10',
          title: 'Hội chợ xuân',
          date: Date.UTC(2024, 1, 29, 17, 30),
        }),
        searchDocument({ itemId: '11', title: 'Hội chợ hè', date: Date.UTC(2024, 1, 29, 16, 59) }),
        searchDocument({
          collection: 'media',
          itemId: '12',
          title: 'Hội chợ thu',
          date: Date.UTC(2024, 2, 15),
        }),
      ],
    })
  })

  afterAll(async () => {
    await fs.rm(directory, { recursive: true, force: true })
  })

  it('counts only what the requester may see, in hits, total and every facet', async () => {
    const anonymous = await searchLibrary({
      index,
      requester: { kind: 'anonymous' },
      now,
      params: params({ query: 'cà phê' }),
    })
    expect(anonymous.total).toBe(2)
    expect(anonymous.facets.type).toEqual([
      { value: 'article', count: 1 },
      { value: 'image', count: 1 },
    ])
    expect(anonymous.facets.locale).toEqual([{ value: 'vi', count: 2 }])
    const journalist = await searchLibrary({
      index,
      requester: { kind: 'journalist', id: 1, isAccredited: true },
      now,
      params: params({ query: 'cà phê' }),
    })
    expect(journalist.total).toBe(3)
  })

  it('filters by type, topic and year', async () => {
    const search = (fields: Partial<LibrarySearchParams>) =>
      searchLibrary({ index, requester: { kind: 'anonymous' }, now, params: params(fields) })
    expect(
      (await search({ query: 'cà phê', type: ['image'] })).hits.map((hit) => hit.itemId),
    ).toEqual(['3'])
    expect((await search({ topic: ['7'] })).hits.map((hit) => hit.itemId)).toEqual(['1'])
    expect((await search({ year: [2025] })).total).toBe(1)
  })

  it('filters on the days of the publication date in the province, both ends included', async () => {
    const itemIds = async (fields: Partial<LibrarySearchParams>) =>
      (
        await searchLibrary({
          index,
          requester: { kind: 'anonymous' },
          now,
          params: params({ query: 'hội chợ', sort: 'oldest', ...fields }),
        })
      ).hits.map((hit) => hit.itemId)
    expect(await itemIds({ from: '2024-03-01' })).toEqual(['10', '12'])
    expect(await itemIds({ to: '2024-02-29' })).toEqual(['11'])
    expect(await itemIds({ from: '2024-03-01', to: '2024-03-01' })).toEqual(['10'])
    expect(await itemIds({ from: '2024-03-16' })).toEqual([])
    expect(await itemIds({ sort: 'newest' })).toEqual(['12', '10', '11'])
  })

  it('counts each facet under every choice but its own, so each count is what choosing it gives', async () => {
    const search = (fields: Partial<LibrarySearchParams>) =>
      searchLibrary({ index, requester: { kind: 'anonymous' }, now, params: params(fields) })
    const chosen = await search({ query: 'hội chợ', type: ['image'] })
    expect(chosen.total).toBe(1)
    expect(chosen.facets.type).toEqual([
      { value: 'article', count: 2 },
      { value: 'image', count: 1 },
    ])
    for (const { value, count } of chosen.facets.type) {
      expect((await search({ query: 'hội chợ', type: [value as 'image'] })).total).toBe(count)
    }
    // The other facets count the choice: one image, in 2026's year facet.
    expect(chosen.facets.year).toEqual([{ value: '2026', count: 1 }])
  })

  it('serves the first locale of the fallback chain that has hits, and says which', async () => {
    const result = await searchLibrary({
      index,
      requester: { kind: 'anonymous' },
      now,
      params: params({ query: 'coffee', locale: 'ja' }),
    })
    expect(result.servedLocale).toBe('en')
    expect(result.hits.map((hit) => hit.title)).toEqual(['Xuan Loc coffee'])
    expect(result).toMatchObject({ total: 1, page: 1, limit: 20, totalPages: 1 })
  })
})
