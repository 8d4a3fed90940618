import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { searchDocument } from '../../../tests/helpers/searchDocuments'
import { SearchUnavailableError } from '../errors'
import { matchAll } from '../filter/FilterNode'
import type { SearchIndex } from '../SearchIndex'
import { EmbeddedSearchIndex } from './EmbeddedSearchIndex'

const logger = { info: () => undefined, error: () => undefined }

async function totalFor(index: SearchIndex, query: string): Promise<number> {
  const result = await index.search({
    query,
    queryLocale: 'vi',
    filter: matchAll,
    facets: [],
    sort: 'relevance',
    offset: 0,
    limit: 10,
  })
  return result.total
}

describe('EmbeddedSearchIndex', () => {
  let directory: string
  const open = () => new EmbeddedSearchIndex({ directory, logger, refreshIntervalMs: 0 })

  beforeEach(async () => {
    directory = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-search-index-'))
  })

  afterEach(async () => {
    await fs.rm(directory, { recursive: true, force: true })
  })

  it('keeps every write on disk: a new process loads the snapshot and replays the log', async () => {
    const first = open()
    await first.replaceItems({
      itemKeys: ['articles-1'],
      documents: [searchDocument({ itemId: '1', title: 'Hồ Trị An mùa nước nổi' })],
    })
    await first.settle()
    await first.replaceItems({
      itemKeys: ['articles-2'],
      documents: [searchDocument({ itemId: '2', title: 'Hồ Trị An đón khách' })],
    })
    const second = open()
    expect(await totalFor(second, 'Trị An')).toBe(2)
    expect(await fs.readdir(directory)).toEqual(
      expect.arrayContaining(['manifest.json', 'snapshot-2.bin', 'log-2.jsonl']),
    )
  })

  it('answers a search at once while this process has writes queued', async () => {
    const index = open()
    await index.open()
    let written = 0
    const writes = Array.from({ length: 20 }, (_, number) =>
      index
        .replaceItems({
          itemKeys: [`articles-${number}`],
          documents: [searchDocument({ itemId: String(number), title: 'Cảng Phước An' })],
        })
        .then(() => {
          written += 1
        }),
    )
    // A reader asks while the sync's writes wait their turn: it must not wait behind them all.
    await totalFor(index, 'Phước An')
    expect(written).toBeLessThan(writes.length)
    await Promise.all(writes)
    expect(await totalFor(index, 'Phước An')).toBe(writes.length)
  })

  it('sees the writes and new snapshots of another process sharing the folder', async () => {
    const writer = open()
    const reader = open()
    expect(await totalFor(reader, 'Biên Hòa')).toBe(0)
    await writer.replaceItems({
      itemKeys: ['media-7'],
      documents: [searchDocument({ collection: 'media', itemId: '7', title: 'Cầu Biên Hòa' })],
    })
    expect(await totalFor(reader, 'Biên Hòa')).toBe(1)
    await writer.settle()
    await writer.deleteItems({ itemKeys: ['media-7'] })
    expect(await totalFor(reader, 'Biên Hòa')).toBe(0)
    const ids: string[] = []
    for await (const document of reader.listDocuments()) ids.push(document.id)
    expect(ids).toEqual([])
  })

  it('reports a damaged index as unavailable, and starts afresh when cleared', async () => {
    const first = open()
    await first.replaceItems({
      itemKeys: ['articles-1'],
      documents: [searchDocument({ itemId: '1', title: 'Văn miếu Trấn Biên' })],
    })
    await first.settle()
    const manifest = JSON.parse(
      await fs.readFile(path.join(directory, 'manifest.json'), 'utf8'),
    ) as {
      snapshot: string
    }
    await fs.writeFile(path.join(directory, manifest.snapshot), 'not a snapshot')

    const damaged = open()
    await expect(damaged.assertHealthy()).rejects.toBeInstanceOf(SearchUnavailableError)
    await damaged.clear()
    await damaged.assertHealthy()
    expect(await totalFor(damaged, 'Trấn Biên')).toBe(0)
  })

  it('shares synonyms with every process on the folder, keeps them on clear, and skips a no-op', async () => {
    const writer = open()
    await writer.replaceItems({
      itemKeys: ['articles-1'],
      documents: [searchDocument({ itemId: '1', locale: 'ja', title: 'ドンナイ省の工業団地' })],
    })
    const reader = open()
    expect(await totalFor(reader, 'Dong Nai')).toBe(0)
    await writer.updateSynonyms({ groups: [['Đồng Nai', 'ドンナイ']] })
    expect(await totalFor(reader, 'Dong Nai')).toBe(1)

    const manifest = JSON.parse(
      await fs.readFile(path.join(directory, 'manifest.json'), 'utf8'),
    ) as {
      log: string
    }
    const logBytes = async () => (await fs.stat(path.join(directory, manifest.log))).size
    const before = await logBytes()
    await reader.updateSynonyms({ groups: [['Đồng Nai', 'ドンナイ']] })
    expect(await logBytes()).toBe(before)

    await writer.clear()
    await writer.replaceItems({
      itemKeys: ['articles-1'],
      documents: [searchDocument({ itemId: '1', locale: 'ja', title: 'ドンナイ省の工業団地' })],
    })
    expect(await totalFor(open(), 'Dong Nai')).toBe(1)
  })
})
