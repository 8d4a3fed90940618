import os from 'node:os'
import path from 'node:path'

import type { Config } from 'payload'

/** The largest file any upload may carry (broadcast video); per-kind limits are stricter. */
export const MAX_UPLOAD_BYTES = 5 * 1024 ** 3

/**
 * Multipart parsing for every upload: stream to temporary files instead of memory, and abort
 * (instead of silently truncating, Payload's default) when a file passes the limit.
 */
export function uploadOptions(): NonNullable<Config['upload']> {
  return {
    useTempFiles: true,
    tempFileDir: path.join(os.tmpdir(), 'ttdn-uploads'),
    abortOnLimit: true,
    limits: { fileSize: MAX_UPLOAD_BYTES },
  }
}
