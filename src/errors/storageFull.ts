import { AppError } from './AppError'

/**
 * The system error codes of a write the disk could not take: no space left (`ENOSPC`), the
 * account's quota used up (`EDQUOT`), or a file larger than the filesystem or the process's
 * limit allows (`EFBIG`). None is the requester's mistake, and none is a bug: a 507.
 */
export const STORAGE_FULL_CODES = ['ENOSPC', 'EDQUOT', 'EFBIG'] as const

/**
 * 507 Insufficient Storage: the server could not write the file (an upload's temp file, the
 * stored file, its renditions) because the disk is full. The requester reads that the server
 * is out of space and may try again later; the system error is in `cause`.
 */
export class StorageFullError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 507, messageKey: 'errors.storageFull' })
    this.name = 'StorageFullError'
  }
}

/**
 * The {@link StorageFullError} for `error` when it, or an error it was caused by, is a write the
 * disk refused ({@link STORAGE_FULL_CODES}); null for anything else. Payload, its multipart
 * parser, sharp and the storage adapters pass Node's errors on as they are or wrapped in
 * `cause`, so the chain is followed (a few levels, never round a loop).
 */
export function storageFullErrorFrom({ error }: { error: unknown }): StorageFullError | null {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current instanceof Error && !seen.has(current) && seen.size < MAX_CAUSE_DEPTH) {
    seen.add(current)
    const { code } = current as NodeJS.ErrnoException
    if (typeof code === 'string' && (STORAGE_FULL_CODES as readonly string[]).includes(code)) {
      return new StorageFullError({ message: `The disk refused a write (${code})`, cause: current })
    }
    current = current.cause
  }
  return null
}

const MAX_CAUSE_DEPTH = 8
