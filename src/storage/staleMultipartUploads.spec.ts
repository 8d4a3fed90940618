import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { offlineS3Bucket } from '../../tests/helpers/offlineS3'
import type { S3Config } from '../env'
import { StorageUnavailableError } from './s3Client'
import {
  abortStaleMultipartUploads,
  selectStaleUploads,
  STALE_UPLOAD_AGE_MS,
  type PendingMultipartUpload,
} from './staleMultipartUploads'

const NOW = new Date('2025-06-02T03:30:00.000Z')
const HOUR = 60 * 60 * 1000

function upload(key: string, hoursAgo: number | null): PendingMultipartUpload {
  return {
    key,
    uploadId: `id-${key}`,
    initiated: hoursAgo === null ? null : new Date(NOW.getTime() - hoursAgo * HOUR),
  }
}

describe('selectStaleUploads', () => {
  it('selects uploads begun more than a day ago and keeps recent or undated ones', () => {
    const uploads = [upload('old', 30), upload('edge', 24), upload('recent', 2), upload('x', null)]
    expect(
      selectStaleUploads({ uploads, now: NOW, maxAgeMs: STALE_UPLOAD_AGE_MS }).map((u) => u.key),
    ).toEqual(['old'])
  })
})

/**
 * A bucket that answers listing and abort commands the way S3 would (s3rver, the test server,
 * implements neither ListMultipartUploads nor AbortMultipartUpload).
 */
function fakeBucket({
  pages,
  failingAborts = [],
  isListingBroken = false,
}: {
  pages: Array<{ uploads: PendingMultipartUpload[]; isTruncated: boolean }>
  failingAborts?: string[]
  isListingBroken?: boolean
}) {
  const aborted: string[] = []
  const listings: Array<{ prefix?: string; keyMarker?: string }> = []
  const config = offlineS3Bucket({
    answer: ({ input }) => {
      const {
        Key: key,
        Prefix: prefix,
        KeyMarker: keyMarker,
      } = input as Record<string, string | undefined>
      if ('UploadId' in input && key) {
        if (failingAborts.includes(key)) return Promise.reject(new Error('AccessDenied'))
        aborted.push(key)
        return Promise.resolve({})
      }
      if (isListingBroken) {
        return Promise.reject(
          Object.assign(new Error('NotImplemented'), { name: 'NotImplemented' }),
        )
      }
      listings.push({ prefix, keyMarker })
      const page = pages[listings.length - 1] ?? { uploads: [], isTruncated: false }
      return Promise.resolve({
        Uploads: page.uploads.map((u) => ({
          Key: u.key,
          UploadId: u.uploadId,
          Initiated: u.initiated ?? undefined,
        })),
        IsTruncated: page.isTruncated,
        NextKeyMarker: page.uploads.at(-1)?.key,
        NextUploadIdMarker: page.uploads.at(-1)?.uploadId,
      })
    },
  })
  return { config, aborted, listings }
}

const logger = { error: () => undefined } as unknown as Payload['logger']

/** Runs the sweep over the `media/` prefix of a fake bucket. */
function abortIn({ bucket }: { bucket: { config: S3Config } }) {
  return abortStaleMultipartUploads({
    config: bucket.config,
    prefixes: ['media/'],
    now: NOW,
    logger,
  })
}

describe('abortStaleMultipartUploads', () => {
  it('reads every page of the listing and aborts only the stale uploads', async () => {
    const bucket = fakeBucket({
      pages: [
        { uploads: [upload('media/a.mov', 48), upload('media/b.mov', 1)], isTruncated: true },
        { uploads: [upload('media/c.mov', 25)], isTruncated: false },
      ],
    })
    const result = await abortIn({ bucket })
    expect(result).toEqual({ found: 2, aborted: 2, failed: 0 })
    expect(bucket.aborted).toEqual(['media/a.mov', 'media/c.mov'])
    expect(bucket.listings).toEqual([
      { prefix: 'media/', keyMarker: undefined },
      { prefix: 'media/', keyMarker: 'media/b.mov' },
    ])
  })

  it('goes on past an upload it cannot abort and counts it', async () => {
    const bucket = fakeBucket({
      pages: [
        { uploads: [upload('media/a.mov', 48), upload('media/b.mov', 30)], isTruncated: false },
      ],
      failingAborts: ['media/a.mov'],
    })
    const result = await abortIn({ bucket })
    expect(result).toEqual({ found: 2, aborted: 1, failed: 1 })
    expect(bucket.aborted).toEqual(['media/b.mov'])
  })

  it('fails with a storage error when the bucket cannot list its uploads', async () => {
    const bucket = fakeBucket({ pages: [], isListingBroken: true })
    await expect(abortIn({ bucket })).rejects.toBeInstanceOf(StorageUnavailableError)
  })
})
