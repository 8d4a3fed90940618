import { createReadStream } from 'node:fs'

import { DeleteObjectCommand } from '@aws-sdk/client-s3'
import type { Adapter } from '@payloadcms/plugin-cloud-storage/types'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'

import type { S3Config } from '../env'
import { fileResponse } from './fileResponse'
import { getS3Client, StorageUnavailableError } from './s3Client'
import { uploadInParts } from './s3MultipartUpload'
import { findS3Object } from './storedFiles'

/**
 * The S3 adapter of Payload's cloud-storage plugin, in place of `@payloadcms/storage-s3`'s.
 * Keys, fields and behaviour are the same; what differs is how much memory a file costs:
 *
 * - uploads stream from Payload's temporary file in parts of 8 MB, four at a time
 *   (src/storage/s3MultipartUpload.ts). `@payloadcms/storage-s3` 3.90.1 streams the file too,
 *   but in parts of 50 MB with four in flight, so a large video held ~200 MB of buffers per
 *   upload; interrupted uploads are aborted and stale ones swept daily;
 * - the stock file route (staff only, see src/media/download/fileRouteAccess.ts) answers
 *   `Range` and `If-Range` with a ranged `GetObject`, like the download endpoints, instead of a
 *   200 only.
 */
export function streamingS3Adapter({ config }: { config: S3Config }): Adapter {
  return ({ collection, prefix = '' }) => ({
    name: 's3',
    handleUpload: async ({ file, storageFilePath }) => {
      // With `useTempFiles` the upload is on disk and `buffer` is empty; Payload writes any
      // change it makes to the file (a crop, a new format) back to that path.
      const body = file.tempFilePath ? createReadStream(file.tempFilePath) : file.buffer
      await uploadInParts({ config, key: storageFilePath, body, contentType: file.mimeType })
    },
    handleDelete: async ({ storageFilePath }) => {
      try {
        await getS3Client({ config }).send(
          new DeleteObjectCommand({ Bucket: config.bucket, Key: storageFilePath }),
        )
      } catch (error) {
        throw new StorageUnavailableError({
          message: `Could not delete ${storageFilePath}`,
          cause: error,
        })
      }
    },
    staticHandler: async (req, { doc, params }) => {
      const key = await getStorageFilePath({
        collection,
        collectionPrefix: prefix,
        doc: doc as Parameters<typeof getStorageFilePath>[0]['doc'],
        filename: params.filename,
        prefixQueryParam: params.prefix,
        req,
      })
      const object = await findS3Object({ config, key })
      if (!object) return new Response(null, { status: 404 })
      const headers = new Headers({
        'Content-Type': object.contentType ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      })
      return fileResponse({ request: req, file: object, headers })
    },
  })
}
