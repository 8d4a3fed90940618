import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  cachedFile,
  downloadCacheKey,
  forgetCachedFiles,
  selectEvictions,
  type CacheEntry,
} from './downloadCache'

const logger = { warn: () => undefined } as unknown as PayloadRequest['payload']['logger']

describe('downloadCacheKey', () => {
  it('is the same for the same inputs and differs when any of them changes', () => {
    const texts = { credit: 'Báo Đồng Nai', caption: 'Sông Đồng Nai', locale: 'vi' }
    const key = downloadCacheKey({ parts: ['a-web.jpg', '"e1"', texts] })
    expect(downloadCacheKey({ parts: ['a-web.jpg', '"e1"', { ...texts }] })).toBe(key)
    expect(downloadCacheKey({ parts: ['a-web.jpg', '"e2"', texts] })).not.toBe(key)
    expect(
      downloadCacheKey({ parts: ['a-web.jpg', '"e1"', { ...texts, caption: 'Sông' }] }),
    ).not.toBe(key)
    expect(key).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('selectEvictions', () => {
  const entry = (filePath: string, size: number, lastUsedMs: number): CacheEntry => ({
    filePath,
    size,
    lastUsedMs,
  })

  it('removes the least recently used files until the cache fits', () => {
    const entries = [entry('c', 40, 3), entry('a', 40, 1), entry('b', 40, 2), entry('new', 40, 4)]
    expect(selectEvictions({ entries, maxBytes: 100, keep: 'new' })).toEqual(['a', 'b'])
  })

  it('removes nothing while the cache fits', () => {
    expect(selectEvictions({ entries: [entry('a', 10, 1)], maxBytes: 10, keep: 'x' })).toEqual([])
  })

  it('never removes the file about to be served, even when it alone is too large', () => {
    const entries = [entry('huge', 500, 1), entry('old', 10, 0)]
    expect(selectEvictions({ entries, maxBytes: 100, keep: 'huge' })).toEqual(['old'])
  })
})

describe('cachedFile', () => {
  let cacheDir: string

  beforeEach(async () => {
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-cache-spec-'))
  })

  afterEach(async () => {
    await fs.rm(cacheDir, { recursive: true, force: true })
  })

  function request({
    key,
    body,
    maxBytes = 1000,
    itemId = 7,
  }: {
    key: string
    body: string
    maxBytes?: number
    itemId?: number
  }) {
    let productions = 0
    const result = cachedFile({
      cacheDir,
      itemId,
      key,
      extension: 'jpg',
      maxBytes,
      logger,
      produce: async ({ workPath }) => {
        productions += 1
        await fs.writeFile(workPath, body)
      },
    })
    return { result, productions: () => productions }
  }

  it('produces a file once for simultaneous requests and serves the same bytes and ETag after', async () => {
    const first = request({ key: 'k1', body: 'hello' })
    const second = request({ key: 'k1', body: 'hello' })
    const [a, b] = await Promise.all([first.result, second.result])
    expect(first.productions() + second.productions()).toBe(1)
    expect(a.etag).toBe(b.etag)
    const again = request({ key: 'k1', body: 'other bytes' })
    const c = await again.result
    expect(again.productions()).toBe(0)
    expect(c.etag).toBe(a.etag)
    expect(await fs.readFile(c.filePath, 'utf8')).toBe('hello')
    expect(c.size).toBe(5)
  })

  it('reads a range of a cached file', async () => {
    const file = await request({ key: 'k2', body: '0123456789' }).result
    const chunks: Buffer[] = []
    for await (const chunk of await file.open({ range: { start: 2, end: 5 } })) {
      chunks.push(chunk as Buffer)
    }
    expect(Buffer.concat(chunks).toString()).toBe('2345')
  })

  it('evicts the least recently used files beyond its size, and forgets an item', async () => {
    const old = await request({ key: 'old', body: 'x'.repeat(60), itemId: 1 }).result
    await fs.utimes(old.filePath, new Date(Date.now() - 60_000), old.lastModified!)
    const recent = await request({ key: 'recent', body: 'y'.repeat(30), itemId: 2 }).result
    await request({ key: 'newest', body: 'z'.repeat(30), itemId: 2, maxBytes: 70 }).result
    await expect(fs.stat(old.filePath)).rejects.toThrow()
    expect((await fs.stat(recent.filePath)).size).toBe(30)

    await forgetCachedFiles({ cacheDir, itemId: 2 })
    await expect(fs.stat(recent.filePath)).rejects.toThrow()
  })
})
