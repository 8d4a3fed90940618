import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { describe, expect, it } from 'vitest'

import { ArchiveDecryptionError, decryptArchive, encryptArchive } from './encryption'

const KEY = 'a-passphrase-of-at-least-thirty-two-characters'

async function through(stream: NodeJS.ReadWriteStream, input: Buffer): Promise<Buffer> {
  const parts: Buffer[] = []
  await pipeline(Readable.from(chunksOf(input, 7000)), stream, async (source) => {
    for await (const part of source) parts.push(part as Buffer)
  })
  return Buffer.concat(parts)
}

function* chunksOf(input: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < input.length; offset += size)
    yield input.subarray(offset, offset + size)
}

describe('archive encryption', () => {
  it.each([0, 1, 4096, 4097, 3 * 4096, 50_000])(
    'gives back the same %i bytes with the right key',
    async (size) => {
      const plain = randomBytes(size)
      const sealed = await through(encryptArchive({ passphrase: KEY, chunkSize: 4096 }), plain)
      expect(sealed.subarray(0, 8).toString()).toBe('TTDNENC1')
      if (size >= 64) expect(sealed.includes(plain.subarray(0, 64))).toBe(false)
      expect(await through(decryptArchive({ passphrase: KEY }), sealed)).toEqual(plain)
    },
  )

  it('refuses a wrong key, a changed byte and an archive cut short', async () => {
    const plain = randomBytes(20_000)
    const sealed = await through(encryptArchive({ passphrase: KEY, chunkSize: 4096 }), plain)
    const refusal = (input: Buffer, passphrase = KEY) =>
      through(decryptArchive({ passphrase }), input).then(
        () => null,
        (error: unknown) => error,
      )
    expect(await refusal(sealed, `${KEY}!`)).toBeInstanceOf(ArchiveDecryptionError)
    const changed = Buffer.from(sealed)
    changed[changed.length - 100]! ^= 1
    expect(await refusal(changed)).toBeInstanceOf(ArchiveDecryptionError)
    // Cut exactly after a whole chunk: every chunk left authenticates, but none is the last.
    expect(await refusal(sealed.subarray(0, 30 + 2 * (4096 + 16)))).toBeInstanceOf(
      ArchiveDecryptionError,
    )
  })

  it('streams: a large archive passes with little memory', async () => {
    const size = 256 * 1024 * 1024
    const before = process.memoryUsage().rss
    let peak = before
    let total = 0
    await pipeline(
      Readable.from(
        (function* () {
          const block = randomBytes(1024 * 1024)
          for (let index = 0; index < size / block.length; index++) yield block
        })(),
      ),
      encryptArchive({ passphrase: KEY }),
      decryptArchive({ passphrase: KEY }),
      async (source) => {
        for await (const part of source) {
          total += (part as Buffer).length
          peak = Math.max(peak, process.memoryUsage().rss)
        }
      },
    )
    expect(total).toBe(size)
    // scrypt alone takes 32 MB for a moment per key.
    expect(peak - before).toBeLessThan(size / 4)
  })
})
