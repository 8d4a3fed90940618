import fs from 'node:fs'
import type { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import tar from 'tar-stream'

import { decryptArchive, ENCRYPTED_ARCHIVE_MAGIC } from './encryption'

/** One entry of an archive as it is read: its name and size, and its bytes once. */
export type ArchiveEntry = { name: string; size: number; content: Readable }

/** The archive is encrypted and no key was given. */
export class ArchiveKeyMissingError extends Error {
  constructor() {
    super('The archive is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with')
    this.name = 'ArchiveKeyMissingError'
  }
}

/** Whether the archive at `filePath` starts with the encrypted format's header. */
export async function isEncryptedArchive({ filePath }: { filePath: string }): Promise<boolean> {
  const handle = await fs.promises.open(filePath, 'r')
  try {
    const head = Buffer.alloc(ENCRYPTED_ARCHIVE_MAGIC.length)
    await handle.read(head, 0, head.length, 0)
    return head.equals(ENCRYPTED_ARCHIVE_MAGIC)
  } finally {
    await handle.close()
  }
}

/**
 * Reads the archive at `filePath` entry by entry (decrypting it with `passphrase` when it is
 * encrypted) and hands each to `onEntry`, which must consume or drain `content` before the
 * next one comes. Streamed: nothing is held in memory but the entry in hand's chunks.
 */
export async function readArchive({
  filePath,
  passphrase,
  onEntry,
}: {
  filePath: string
  passphrase: string | null
  onEntry: (entry: ArchiveEntry) => Promise<void>
}): Promise<void> {
  const stages: Transform[] = []
  if (await isEncryptedArchive({ filePath })) {
    if (passphrase === null) throw new ArchiveKeyMissingError()
    stages.push(decryptArchive({ passphrase }))
  }
  const extract = tar.extract()
  const feeding = pipeline([fs.createReadStream(filePath), ...stages, createGunzip(), extract])
  const reading = (async () => {
    for await (const entry of extract as AsyncIterable<
      Readable & { header: { name: string; size?: number; type?: string | null } }
    >) {
      if (entry.header.type !== 'file') {
        entry.resume()
        continue
      }
      await onEntry({ name: entry.header.name, size: entry.header.size ?? 0, content: entry })
    }
  })()
  try {
    await Promise.all([feeding, reading])
  } catch (error) {
    extract.destroy()
    throw error
  }
}
