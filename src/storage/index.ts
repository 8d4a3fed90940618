import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Plugin } from 'payload'

import { slugs } from '../../collections/slugs'
import type { Env } from '../env'
import { s3ClientConfig } from './s3Client'

/** Upload collections whose files go to the configured storage. */
const UPLOAD_COLLECTIONS = [slugs.media] as const

/**
 * Where uploaded files live: a private S3 bucket when `S3_BUCKET` is set, otherwise the local
 * `media/` folder. Either way files are served by Payload's file route, which checks the
 * collection's read access first, so a file URL never bypasses the visibility rule.
 */
export function storagePlugins({ env }: { env: Env }): Plugin[] {
  const collections = Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: slug }]))
  if (env.s3) {
    return [
      s3Storage({
        collections,
        bucket: env.s3.bucket,
        acl: 'private',
        config: s3ClientConfig({ config: env.s3 }),
        alwaysInsertFields: true,
      }),
    ]
  }
  return [
    // Adds the fields S3 mode adds (prefix, object key) without its behaviour, so the database
    // schema, its migrations and the generated types do not depend on where files live.
    s3Storage({ enabled: false, alwaysInsertFields: true, collections, bucket: '', config: {} }),
    localFolderStorage({ mediaDir: env.mediaDir }),
  ]
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
