import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { Transform } from 'node:stream'

/**
 * The encrypted archive format (`.tar.gz.enc`), streamed in chunks so that an archive of any
 * size is encrypted and checked without holding it in memory:
 *
 *   header  "TTDNENC1" | version (1 byte, 1) | log2 of scrypt's N (1 byte) |
 *           chunk size (4 bytes, big-endian) | salt (16 bytes)
 *   chunks  AES-256-GCM of each `chunk size` bytes of the archive (the last one shorter, possibly
 *           empty), each followed by its 16-byte tag
 *
 * The key is scrypt(passphrase, salt), so each archive has a key of its own and the nonces can
 * be a counter: 8 bytes of chunk number, 3 zero bytes, and 1 on the last chunk (0 otherwise),
 * which makes a cut-off archive fail instead of looking complete. Every chunk authenticates the
 * header as additional data. One GCM message per chunk also stays far below GCM's 64 GB limit.
 */
export const ENCRYPTED_ARCHIVE_MAGIC = Buffer.from('TTDNENC1', 'ascii')

/** The passphrase is wrong or the archive was changed or cut short. */
export class ArchiveDecryptionError extends Error {
  constructor() {
    super(
      'The archive could not be decrypted: BACKUP_ENCRYPTION_KEY is not the key it was made with, or the archive is damaged',
    )
    this.name = 'ArchiveDecryptionError'
  }
}

/** A stream that encrypts what is written to it with `passphrase`. */
export function encryptArchive({
  passphrase,
  chunkSize = DEFAULT_CHUNK_SIZE,
}: {
  passphrase: string
  chunkSize?: number
}): Transform {
  const header = Buffer.alloc(HEADER_SIZE)
  ENCRYPTED_ARCHIVE_MAGIC.copy(header, 0)
  header.writeUInt8(FORMAT_VERSION, 8)
  header.writeUInt8(SCRYPT_LOG2_N, 9)
  header.writeUInt32BE(chunkSize, 10)
  randomBytes(SALT_SIZE).copy(header, 14)
  const keyPromise = deriveKey({ passphrase, header })
  let pending = Buffer.alloc(0)
  let counter = 0n
  let isHeaderSent = false
  const sealNext = (key: Buffer, plain: Buffer, isLast: boolean): Buffer[] => {
    const cipher = createCipheriv('aes-256-gcm', key, nonceOf({ counter: counter++, isLast }))
    cipher.setAAD(header)
    return [cipher.update(plain), cipher.final(), cipher.getAuthTag()]
  }
  const withHeader = (parts: Buffer[]): Buffer => {
    const out = Buffer.concat(isHeaderSent ? parts : [header, ...parts])
    isHeaderSent = true
    return out
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      keyPromise.then((key) => {
        pending = Buffer.concat([pending, chunk])
        const parts: Buffer[] = []
        while (pending.length > chunkSize) {
          parts.push(...sealNext(key, pending.subarray(0, chunkSize), false))
          pending = pending.subarray(chunkSize)
        }
        callback(null, parts.length > 0 ? withHeader(parts) : null)
      }, callback)
    },
    flush(callback) {
      keyPromise.then((key) => callback(null, withHeader(sealNext(key, pending, true))), callback)
    },
  })
}

/**
 * A stream that decrypts an encrypted archive with `passphrase`; it fails with
 * {@link ArchiveDecryptionError} at the first chunk that does not authenticate, and at the end
 * when the last chunk is missing. Nothing unauthenticated is passed on.
 */
export function decryptArchive({ passphrase }: { passphrase: string }): Transform {
  let pending = Buffer.alloc(0)
  let state: { header: Buffer; key: Buffer; recordSize: number } | undefined
  let counter = 0n
  const openNext = (record: Buffer, isLast: boolean): Buffer => {
    const { header, key } = state!
    const decipher = createDecipheriv('aes-256-gcm', key, nonceOf({ counter: counter++, isLast }))
    decipher.setAAD(header)
    decipher.setAuthTag(record.subarray(record.length - TAG_SIZE))
    try {
      return Buffer.concat([
        decipher.update(record.subarray(0, record.length - TAG_SIZE)),
        decipher.final(),
      ])
    } catch {
      throw new ArchiveDecryptionError()
    }
  }
  const readHeader = async (): Promise<void> => {
    const header = pending.subarray(0, HEADER_SIZE)
    if (!header.subarray(0, 8).equals(ENCRYPTED_ARCHIVE_MAGIC) || header[8] !== FORMAT_VERSION) {
      throw new Error('Not an encrypted archive of this application (unknown header)')
    }
    const chunkSize = header.readUInt32BE(10)
    if (header[9] !== SCRYPT_LOG2_N || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
      throw new Error('Not an encrypted archive of this application (unknown parameters)')
    }
    state = {
      header: Buffer.from(header),
      key: await deriveKey({ passphrase, header }),
      recordSize: chunkSize + TAG_SIZE,
    }
    pending = pending.subarray(HEADER_SIZE)
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      pending = Buffer.concat([pending, chunk])
      const run = async (): Promise<Buffer | null> => {
        if (!state) {
          if (pending.length < HEADER_SIZE) return null
          await readHeader()
        }
        const parts: Buffer[] = []
        // The last record is only known as last at the end: keep one back until then.
        while (pending.length > state!.recordSize) {
          parts.push(openNext(pending.subarray(0, state!.recordSize), false))
          pending = pending.subarray(state!.recordSize)
        }
        return parts.length > 0 ? Buffer.concat(parts) : null
      }
      run().then((out) => callback(null, out), callback)
    },
    flush(callback) {
      if (!state || pending.length < TAG_SIZE) {
        callback(new ArchiveDecryptionError())
        return
      }
      try {
        callback(null, openNext(pending, true))
      } catch (error) {
        callback(error as Error)
      }
    },
  })
}

const FORMAT_VERSION = 1
const HEADER_SIZE = 30
const SALT_SIZE = 16
const TAG_SIZE = 16
// 2^15 × 8 × 128 bytes = 32 MB and about 0.1 s per archive: cheap once, costly per guess.
const SCRYPT_LOG2_N = 15
const DEFAULT_CHUNK_SIZE = 1024 * 1024
const MAX_CHUNK_SIZE = 16 * 1024 * 1024

function deriveKey({
  passphrase,
  header,
}: {
  passphrase: string
  header: Buffer
}): Promise<Buffer> {
  const salt = header.subarray(14, 14 + SALT_SIZE)
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase,
      salt,
      32,
      { N: 2 ** SCRYPT_LOG2_N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}

function nonceOf({ counter, isLast }: { counter: bigint; isLast: boolean }): Buffer {
  const nonce = Buffer.alloc(12)
  nonce.writeBigUInt64BE(counter, 0)
  nonce.writeUInt8(isLast ? 1 : 0, 11)
  return nonce
}
