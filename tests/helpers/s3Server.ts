import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { S3RVER_CREDENTIALS, s3rverEnv } from './scratchEnv'

export type TestS3Server = {
  bucket: string
  endpoint: string
  /** The environment that points the app at this server. */
  env: Record<string, string>
  /** Every object key in the bucket, read with the real AWS SDK. */
  listKeys: () => Promise<string[]>
  stop: () => Promise<void>
}

/** Starts an S3-protocol server (s3rver) on a free loopback port with one empty bucket. */
export async function startS3Server({
  bucket = 'ttdn-test',
}: { bucket?: string } = {}): Promise<TestS3Server> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  })
  let isRunning = true

  return {
    bucket,
    endpoint,
    env: s3rverEnv({ bucket, endpoint }),
    listKeys: async () => {
      const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return Contents.map((object) => object.Key ?? '').sort()
    },
    stop: async () => {
      if (isRunning) {
        isRunning = false
        client.destroy()
        await server.close()
      }
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
