import path from 'node:path'

import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Plugin } from 'payload'

import { slugs } from '../../collections/slugs'
import type { Env } from '../env'
import { streamingS3Adapter } from './s3Adapter'

/**
 * Upload collections whose files go to the configured storage (press card scans are private:
 * the file route checks their read access like any other).
 */
const UPLOAD_COLLECTIONS = [slugs.media, slugs.pressCards] as const

/**
 * Where uploaded files live: a private S3 bucket when `S3_BUCKET` is set, otherwise the local
 * `media/` folder. Either way files are served by Payload's file route, which checks the
 * collection's read access first, so a file URL never bypasses the visibility rule.
 */
export function storagePlugins({ env }: { env: Env }): Plugin[] {
  const collections = Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: slug }]))
  // Adds the fields S3 mode adds (prefix, object key) and the admin's client-upload provider
  // without any behaviour, in both modes, so the database schema, its migrations, the
  // generated types and the import map do not depend on where files live.
  const storageFields = s3Storage({
    enabled: false,
    alwaysInsertFields: true,
    collections,
    bucket: '',
    config: {},
  })
  const s3 = env.s3
  if (s3) {
    return [
      storageFields,
      // Our adapter rather than `@payloadcms/storage-s3`'s: same keys, but uploads stream in
      // small parts so a large video keeps server memory flat (src/storage/s3Adapter.ts).
      cloudStoragePlugin({
        alwaysInsertFields: true,
        collections: Object.fromEntries(
          UPLOAD_COLLECTIONS.map((slug) => [
            slug,
            { prefix: slug, adapter: streamingS3Adapter({ config: s3 }) },
          ]),
        ),
      }),
    ]
  }
  return [storageFields, localFolderStorage({ mediaDir: env.mediaDir })]
}

/** Puts each upload collection's files in `<mediaDir>/<slug>/`. */
function localFolderStorage({ mediaDir }: { mediaDir: string }): Plugin {
  return (config) => ({
    ...config,
    collections: config.collections?.map((collection): CollectionConfig => {
      if (!collection.upload) return collection
      const upload = typeof collection.upload === 'object' ? collection.upload : {}
      return {
        ...collection,
        upload: { ...upload, staticDir: path.join(mediaDir, collection.slug) },
      }
    }),
  })
}
