import { describe, expect, it } from 'vitest'

import { requestBatch } from './requestBatch'

describe('requestBatch', () => {
  it('sends the loads of one tick for the same request and key as one batch', async () => {
    const batches: number[][] = []
    const request = {}
    const load = (id: number) =>
      requestBatch<number, number>({
        request,
        key: 'double',
        batch: (ids) => {
          batches.push([...ids])
          return Promise.resolve(ids.map((each) => each * 2))
        },
      }).load(id)
    expect(await Promise.all([load(1), load(2), load(1)])).toEqual([2, 4, 2])
    expect(batches).toEqual([[1, 2, 1]])
  })

  it('keeps requests and keys apart, and caches nothing between batches', async () => {
    const batches: string[] = []
    const loader = (request: object, key: string) =>
      requestBatch<number, string>({
        request,
        key,
        batch: (ids) => {
          batches.push(`${key}:${ids.join(',')}`)
          return Promise.resolve(ids.map(String))
        },
      })
    const first = {}
    const second = {}
    await Promise.all([
      loader(first, 'a').load(1),
      loader(second, 'a').load(2),
      loader(first, 'b').load(3),
    ])
    await loader(first, 'a').load(1)
    expect(batches.sort()).toEqual(['a:1', 'a:1', 'a:2', 'b:3'])
  })

  it('reads at once, without waiting for the next tick, inside a transaction', async () => {
    const batches: number[][] = []
    const loader = requestBatch<number, number>({
      request: { transactionID: 'open' },
      key: 'same',
      batch: (ids) => {
        batches.push([...ids])
        return Promise.resolve([...ids])
      },
    })
    expect(await loader.loadMany([1, 2])).toEqual([1, 2])
    expect(await loader.load(3)).toBe(3)
    expect(batches).toEqual([[1, 2], [3]])
  })
})
