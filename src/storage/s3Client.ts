import { HeadBucketCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import { AppError } from '../errors/AppError'
import type { S3Config } from '../env'

/** The S3 bucket cannot be reached or refused the request; the original error is in `cause`. */
export class StorageUnavailableError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 503, messageKey: 'health.storageUnavailable' })
  }
}

const clients = new Map<S3Config, S3Client>()

/** The one S3 client of this process for `config`, built on first use. */
export function getS3Client({ config }: { config: S3Config }): S3Client {
  let client = clients.get(config)
  if (!client) {
    client = new S3Client(s3ClientConfig({ config }))
    clients.set(config, client)
  }
  return client
}

/** The client settings shared by our own client and the storage plugin's. */
export function s3ClientConfig({ config }: { config: S3Config }): S3ClientConfig {
  return {
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // A dead endpoint must fail the health check quickly rather than hang a request.
    maxAttempts: 2,
  }
}

/** Throws {@link StorageUnavailableError} unless the bucket answers within `timeoutMs`. */
export async function assertBucketReachable({
  config,
  timeoutMs,
}: {
  config: S3Config
  timeoutMs: number
}): Promise<void> {
  try {
    await getS3Client({ config }).send(new HeadBucketCommand({ Bucket: config.bucket }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new StorageUnavailableError({
      message: `S3 bucket "${config.bucket}" is not reachable`,
      cause: error,
    })
  }
}
