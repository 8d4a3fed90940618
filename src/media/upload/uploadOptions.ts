import type { Config } from 'payload'

import type { Env } from '../../env'
import { uploadTempDir } from './uploadTempFiles'

/** The largest file any upload may carry (broadcast video); per-kind limits are stricter. */
export const MAX_UPLOAD_BYTES = 5 * 1024 ** 3

/**
 * Room in a multipart request beside its file: the `_payload` JSON (captions in eight
 * languages), other fields, part headers and boundaries.
 */
const FORM_OVERHEAD_BYTES = 16 * 1024 ** 2

/**
 * Multipart parsing for every upload: stream to temporary files instead of memory, and abort
 * (instead of silently truncating, Payload's default) when a file passes the limit. Each
 * temporary file is removed when its operation ends, stored or refused (the lifecycle is in
 * src/media/upload/uploadTempFiles.ts). The whole request
 * may be as large as the largest file and its form: Payload's own request limit (50 MB by
 * default) would otherwise refuse every video above 50 MB with a 413.
 */
export function uploadOptions({
  env,
}: {
  env: Pick<Env, 'dataDir'>
}): NonNullable<Config['upload']> {
  return {
    useTempFiles: true,
    tempFileDir: uploadTempDir({ env }),
    abortOnLimit: true,
    limits: { fileSize: MAX_UPLOAD_BYTES },
    requestSizeLimit: MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES,
  }
}
