import type { S3Config } from '../../src/env'
import { getS3Client } from '../../src/storage/s3Client'

/** One command as the fake bucket sees it: its name and its input. */
export type OfflineS3Request = { command: string; input: Record<string, unknown> }

/**
 * The settings of a bucket whose requests never leave the process: the real S3 client of these
 * settings gets a middleware that hands each command to `answer` and returns what it resolves
 * to as the command's output (or fails as it rejects). Each call makes a new client, so specs
 * do not share answers.
 */
export function offlineS3Bucket({
  answer,
}: {
  answer: (request: OfflineS3Request) => Promise<Record<string, unknown>>
}): S3Config {
  const config: S3Config = {
    bucket: 'fake',
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  }
  getS3Client({ config }).middlewareStack.add(
    (_next, context) => async (args) => {
      const output = await answer({
        command: context.commandName ?? '',
        input: args.input as Record<string, unknown>,
      })
      return { output: { $metadata: {}, ...output }, response: {} }
    },
    { step: 'initialize', name: 'offlineS3Bucket' },
  )
  return config
}
