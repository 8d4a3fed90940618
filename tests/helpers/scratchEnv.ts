import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * The settings that give one run of the app (a test file, a bench, a build) a SQLite database,
 * media and data folders of its own under `dir`, and a fresh secret; `publicUrl` is where it
 * says it is served. Tests, benches and the browser suites' build all start from these.
 */
export function scratchAppEnv({
  dir,
  publicUrl = 'http://127.0.0.1:3000',
}: {
  dir: string
  publicUrl?: string
}): Record<string, string> {
  return {
    DATABASE_URL: `file:${path.join(dir, 'ttdn.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    DATA_DIR: path.join(dir, 'data'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: publicUrl,
  }
}

/** The credentials s3rver accepts: it checks none, but the AWS SDK must send some. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** The settings that point the app's storage at `bucket` on an s3rver listening at `endpoint`. */
export function s3rverEnv({
  bucket,
  endpoint,
}: {
  bucket: string
  endpoint: string
}): Record<string, string> {
  return {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  }
}
