import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { describe, expect, it } from 'vitest'

import { byteLimitStream } from './byteLimitStream'

const sink = () =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback()
    },
  })

describe('byteLimitStream', () => {
  it('lets a stream within the limit through, counting and showing every chunk', async () => {
    const seen: number[] = []
    const limit = byteLimitStream({
      limitBytes: 10,
      tooLarge: () => new Error('too large'),
      onChunk: (chunk) => seen.push(chunk.length),
    })
    await pipeline(Readable.from([Buffer.alloc(4), Buffer.alloc(6)]), limit, sink())
    expect(limit.bytes()).toBe(10)
    expect(seen).toEqual([4, 6])
  })

  it('fails with its error at the first chunk past the limit, without reading the rest', async () => {
    let produced = 0
    const source = Readable.from(
      (function* () {
        for (let n = 0; n < 100; n += 1) {
          produced += 1
          yield Buffer.alloc(4)
        }
      })(),
    )
    const limit = byteLimitStream({ limitBytes: 10, tooLarge: () => new Error('too large') })
    await expect(pipeline(source, limit, sink())).rejects.toThrow('too large')
    expect(produced).toBeLessThan(10)
  })
})
