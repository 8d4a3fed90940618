import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload, SelectType, Where } from 'payload'

import type { Env } from '../env'
import { referencedFileNames, selectOrphanFiles, type FolderFile } from './orphanFiles'

/** What the start-up reconciliation removed, per upload collection. */
export type SweptOrphans = Record<string, string[]>

/**
 * Removes the files of the local media folder that no record references, left by saves a
 * killed process never committed: Payload copies an upload's file into `<mediaDir>/<slug>/`
 * and our `afterChange` hook writes its renditions before the transaction ends, so a kill in
 * between leaves files no record names (src/bootstrap/onInit.ts runs this after the upload temp
 * sweep, before the first request). Only files last written before `writtenBefore` go: a
 * rendition another process (`npm run worker`'s transcode) stores right now is younger. With
 * S3 storage the files are in the bucket and nothing is done here.
 *
 * Cheap on a large library: the folder is listed once, the referenced names are read a page at
 * a time with only the file-name fields selected (the live documents, then their versions, by
 * ascending id), and only files that are not referenced are `stat`ed.
 */
export async function sweepOrphanMediaFiles({
  payload,
  env,
  writtenBefore,
  pageSize = 1000,
}: {
  payload: Payload
  env: Pick<Env, 'mediaDir' | 's3'>
  writtenBefore: Date
  pageSize?: number
}): Promise<SweptOrphans> {
  const swept: SweptOrphans = {}
  if (env.s3) return swept
  for (const [slug, collection] of Object.entries(payload.collections)) {
    if (!collection.config.upload) continue
    const folder = path.join(env.mediaDir, slug)
    const names = await fileNamesIn({ folder })
    if (names.length === 0) continue
    const referenced = await referencedNames({
      payload,
      collection: slug as CollectionSlug,
      hasVersions: Boolean(collection.config.versions),
      pageSize,
    })
    const candidates: FolderFile[] = []
    for (const name of names) {
      if (referenced.has(name)) continue
      candidates.push({ name, mtimeMs: (await fs.lstat(path.join(folder, name))).mtimeMs })
    }
    const orphans = selectOrphanFiles({ files: candidates, referenced, writtenBefore })
    for (const name of orphans) await fs.rm(path.join(folder, name), { force: true })
    if (orphans.length > 0) swept[slug] = orphans
  }
  return swept
}

/** The regular files directly in `folder`; none when it does not exist. */
async function fileNamesIn({ folder }: { folder: string }): Promise<string[]> {
  try {
    return (await fs.readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
  } catch (error) {
    // No folder: nothing was ever uploaded to this collection here.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function referencedNames({
  payload,
  collection,
  hasVersions,
  pageSize,
}: {
  payload: Payload
  collection: CollectionSlug
  hasVersions: boolean
  pageSize: number
}): Promise<Set<string>> {
  const names = new Set<string>()
  const fields: SelectType = { filename: true, sizes: true, renditions: { filename: true } }
  const hasSizes = Boolean(
    (payload.collections[collection].config.upload as { imageSizes?: unknown[] }).imageSizes
      ?.length,
  )
  if (!hasSizes) delete fields.sizes
  // Only the file-name fields, by ascending id, without counting: one cheap query a page.
  const query = {
    collection,
    select: fields,
    sort: 'id',
    limit: pageSize,
    pagination: false,
    depth: 0,
    trash: true,
    overrideAccess: true,
  } as const
  const live = pages({
    pageSize,
    read: async (where) => (await payload.find({ ...query, where })).docs,
  })
  for await (const record of live) {
    for (const name of referencedFileNames({ record })) names.add(name)
  }
  if (!hasVersions) return names
  // A version may name a file the live document has since replaced (a draft, an older upload).
  const versions = pages({
    pageSize,
    read: async (where) =>
      (await payload.findVersions({ ...query, where, select: { version: fields } as SelectType }))
        .docs,
  })
  for await (const { version } of versions) {
    const record = (version ?? {}) as Record<string, unknown>
    for (const name of referencedFileNames({ record })) names.add(name)
  }
  return names
}

/** Reads `read` a page at a time by ascending id (keyset: no offset to skip over). */
async function* pages({
  pageSize,
  read,
}: {
  pageSize: number
  read: (where: Where) => Promise<unknown[]>
}): AsyncGenerator<Record<string, unknown>> {
  let after: unknown = null
  for (;;) {
    const docs = (await read(after === null ? {} : { id: { greater_than: after } })) as Array<
      Record<string, unknown>
    >
    yield* docs
    if (docs.length < pageSize) return
    after = docs.at(-1)!.id
  }
}
