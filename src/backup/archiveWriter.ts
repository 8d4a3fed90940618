import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { once } from 'node:events'
import { PassThrough, Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import tar from 'tar-stream'

import type { ArchiveFile } from './manifest'
import { encryptArchive } from './encryption'

/** An archive being written: entries are added one after the other, then it is finished. */
export type ArchiveWriter = {
  /** Streams the file at `filePath` into the archive as `name`, hashing it on the way. */
  addFile: (args: { name: string; filePath: string }) => Promise<ArchiveFile>
  /** Adds `content` as `name`. */
  addBuffer: (args: { name: string; content: Buffer }) => Promise<ArchiveFile>
  /** Ends the archive and waits until it is on disk; its size and SHA-256. */
  finish: () => Promise<{ bytes: number; sha256: string }>
  /** Stops writing after a failure (the partial file is the caller's to remove). */
  abort: (error: Error) => void
}

/**
 * Opens a gzip-compressed tar archive at `filePath`, encrypted with `passphrase` when one is
 * given (src/backup/encryption.ts). Everything is streamed: an archive of any size passes
 * through a few megabytes of memory.
 */
export function openArchiveWriter({
  filePath,
  passphrase,
}: {
  filePath: string
  passphrase: string | null
}): ArchiveWriter {
  const pack = tar.pack()
  const hash = createHash('sha256')
  let bytes = 0
  const counter = new PassThrough()
  counter.on('data', (chunk: Buffer) => {
    hash.update(chunk)
    bytes += chunk.length
  })
  const stages: Transform[] = [createGzip({ level: 6 })]
  if (passphrase !== null) stages.push(encryptArchive({ passphrase }))
  const written = pipeline([
    Readable.from(pack as AsyncIterable<Buffer>),
    ...stages,
    counter,
    fs.createWriteStream(filePath, { flags: 'wx' }),
  ])
  // Seen when finish() waits for it; until then a failure also shows through the entries.
  written.catch(() => undefined)

  const addStream = async (name: string, size: number, source: Readable): Promise<ArchiveFile> => {
    const fileHash = createHash('sha256')
    let seen = 0
    const done = new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0) }, (error) =>
        error ? reject(error) : resolve(),
      )
      void (async () => {
        for await (const chunk of source) {
          const buffer = chunk as Buffer
          fileHash.update(buffer)
          seen += buffer.length
          if (!entry.write(buffer)) await once(entry, 'drain')
        }
        entry.end(() => undefined)
      })().catch((error: unknown) => {
        entry.destroy(error as Error)
        reject(error as Error)
      })
    })
    await done
    if (seen !== size) throw new Error(`${name} changed size while it was archived`)
    return { path: name, size, sha256: fileHash.digest('hex') }
  }

  return {
    addFile: async ({ name, filePath: source }) => {
      const handle = await fs.promises.open(source, 'r')
      try {
        const { size } = await handle.stat()
        // Exactly the bytes there were at stat time: a file that grows is archived as it was.
        const source =
          size === 0
            ? Readable.from([])
            : handle.createReadStream({ start: 0, end: size - 1, autoClose: false })
        return await addStream(name, size, source)
      } finally {
        await handle.close()
      }
    },
    addBuffer: ({ name, content }) => addStream(name, content.length, Readable.from([content])),
    finish: async () => {
      pack.finalize()
      await written
      return { bytes, sha256: hash.digest('hex') }
    },
    abort: (error) => pack.destroy(error),
  }
}
