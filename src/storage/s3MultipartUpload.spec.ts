import { Readable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { offlineS3Bucket } from '../../tests/helpers/offlineS3'
import { StorageUnavailableError } from './s3Client'
import { PART_SIZE_BYTES, uploadInParts } from './s3MultipartUpload'

type Sent = { command: string; partNumber?: number; bytes?: number }

/** A bucket that answers each multipart command as S3 would, and can fail one part. */
function fakeBucket({ failingPart }: { failingPart?: number } = {}) {
  const sent: Sent[] = []
  const config = offlineS3Bucket({
    answer: ({ command, input }) => {
      const { PartNumber: partNumber, Body: body } = input as {
        PartNumber?: number
        Body?: Uint8Array
      }
      sent.push({
        command,
        partNumber,
        bytes: body instanceof Uint8Array ? body.byteLength : undefined,
      })
      if (command === 'UploadPartCommand' && partNumber === failingPart) {
        return Promise.reject(new Error('connection reset'))
      }
      return Promise.resolve({
        UploadId: command === 'CreateMultipartUploadCommand' ? 'upload-1' : undefined,
        ETag: command === 'UploadPartCommand' ? `"part-${partNumber}"` : undefined,
      })
    },
  })
  return { config, sent }
}

function streamOf({ bytes }: { bytes: number }): Readable {
  let remaining = bytes
  return new Readable({
    read() {
      const size = Math.min(remaining, 1024 * 1024)
      remaining -= size
      this.push(size > 0 ? Buffer.alloc(size, 7) : null)
    },
  })
}

describe('uploadInParts', () => {
  it('sends a file larger than a part in parts of the part size, read from a stream', async () => {
    const bucket = fakeBucket()
    const total = 2 * PART_SIZE_BYTES + 1234
    await uploadInParts({
      config: bucket.config,
      key: 'media/video.mov',
      body: streamOf({ bytes: total }),
      contentType: 'video/quicktime',
    })
    const commands = bucket.sent.map((entry) => entry.command)
    expect(commands[0]).toBe('CreateMultipartUploadCommand')
    expect(commands.at(-1)).toBe('CompleteMultipartUploadCommand')
    const parts = bucket.sent.filter((entry) => entry.command === 'UploadPartCommand')
    expect(parts.map((part) => part.bytes).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1234,
      PART_SIZE_BYTES,
      PART_SIZE_BYTES,
    ])
  })

  it('sends a file of one part or less in a single PutObject', async () => {
    const bucket = fakeBucket()
    await uploadInParts({
      config: bucket.config,
      key: 'media/small.jpg',
      body: streamOf({ bytes: 1000 }),
      contentType: 'image/jpeg',
    })
    expect(bucket.sent.map((entry) => entry.command)).toEqual(['PutObjectCommand'])
  })

  it('aborts the multipart upload when a part fails and closes the stream', async () => {
    const bucket = fakeBucket({ failingPart: 2 })
    const body = streamOf({ bytes: 3 * PART_SIZE_BYTES })
    await expect(
      uploadInParts({
        config: bucket.config,
        key: 'media/broken.mov',
        body,
        contentType: 'video/quicktime',
      }),
    ).rejects.toBeInstanceOf(StorageUnavailableError)
    const commands = bucket.sent.map((entry) => entry.command)
    expect(commands).toContain('AbortMultipartUploadCommand')
    expect(commands).not.toContain('CompleteMultipartUploadCommand')
    expect(body.destroyed).toBe(true)
  })
})
