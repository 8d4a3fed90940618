import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { PayloadRequest } from 'payload'

import { getEnv, type Env } from '../../env'
import type { StoredFile } from '../../storage/storedFiles'

/** A file of the cache, ready to be served. */
export type CachedFile = Pick<StoredFile, 'size' | 'etag' | 'lastModified' | 'open'> & {
  filePath: string
}

/** A file found in the cache when it is swept. */
export type CacheEntry = { filePath: string; size: number; lastUsedMs: number }

/** What {@link cachedFile} is asked for, besides the item. */
export type CachedFileRequest = {
  cacheDir: string
  key: string
  extension: string
  maxBytes: number
  logger: PayloadRequest['payload']['logger']
  produce: (args: { workPath: string }) => Promise<void>
}

/** Work files older than this were left by a process that stopped while writing them. */
const ABANDONED_WORK_MS = 60 * 60 * 1000

const WORK_FOLDER = '.work'

const pending = new Map<string, Promise<CachedFile>>()

/**
 * Downloads rewritten with their credit and caption are kept on disk under
 * `DATA_DIR/download-cache/<item id>/<key>.<content hash>.<ext>`. A download manager that
 * resumes, or asks in ranges, gets the very bytes it started with and the same ETag, and
 * ExifTool runs once per item, variant and text rather than once per request.
 */
export function downloadCacheDir({ env }: { env: Pick<Env, 'dataDir'> }): string {
  return path.join(env.dataDir, 'download-cache')
}

/**
 * The cache key of one rewritten file: a digest of everything its bytes depend on, in order
 * (the stored file's name and ETag, the variant, the texts written in). A key never names two
 * different outputs, so another server's stale entry, or one left after a crash, is never
 * served: it is only swept away.
 */
export function downloadCacheKey({ parts }: { parts: unknown[] }): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}

/**
 * The cached file of `key` for an item, made by `produce` on first use. `produce` writes the
 * file at `workPath`; the result is named after a hash of its content, which is its ETag.
 * Simultaneous requests for the same key wait for one production. After a file is added, the
 * least recently used files go until the cache holds at most `maxBytes` (the new one stays).
 */
export async function cachedFile({
  itemId,
  ...request
}: CachedFileRequest & { itemId: number | string }): Promise<CachedFile> {
  const { cacheDir, key } = request
  const itemDir = path.join(cacheDir, itemFolder({ itemId }))
  const found = await findEntry({ itemDir, key })
  const hit = found ? await markUsed({ filePath: found }) : null
  if (hit) return hit
  const pendingKey = `${itemDir}/${key}`
  let production = pending.get(pendingKey)
  if (!production) {
    production = produceEntry({ ...request, itemDir }).finally(() => pending.delete(pendingKey))
    pending.set(pendingKey, production)
  }
  return production
}

/** Removes every cached file of an item (it changed, or it is gone). */
export async function forgetCachedFiles({
  cacheDir,
  itemId,
}: {
  cacheDir: string
  itemId: number | string
}): Promise<void> {
  await fs.rm(path.join(cacheDir, itemFolder({ itemId })), { recursive: true, force: true })
}

/**
 * An `afterChange` and `afterDelete` hook: a saved or deleted item's cached downloads go, so
 * the disk does not keep texts that no longer apply. A failure is logged, never fatal: the
 * keys already keep stale files from being served.
 */
export async function forgetCachedDownloads({
  doc,
  req,
}: {
  doc: unknown
  req: PayloadRequest
}): Promise<unknown> {
  const id = (doc as { id?: unknown } | null)?.id
  if (typeof id !== 'number' && typeof id !== 'string') return doc
  try {
    await forgetCachedFiles({ cacheDir: downloadCacheDir({ env: getEnv() }), itemId: id })
  } catch (error) {
    req.payload.logger.error({ msg: `Could not clear the cached downloads of ${id}`, err: error })
  }
  return doc
}

/**
 * The files to delete so that the cache holds at most `maxBytes`: the least recently used
 * first, never `keep` (the file about to be served).
 */
export function selectEvictions({
  entries,
  maxBytes,
  keep,
}: {
  entries: CacheEntry[]
  maxBytes: number
  keep: string
}): string[] {
  let total = entries.reduce((sum, entry) => sum + entry.size, 0)
  const evicted: string[] = []
  const oldestFirst = [...entries].sort((a, b) => a.lastUsedMs - b.lastUsedMs)
  for (const entry of oldestFirst) {
    if (total <= maxBytes) break
    if (entry.filePath === keep) continue
    evicted.push(entry.filePath)
    total -= entry.size
  }
  return evicted
}

async function produceEntry({
  cacheDir,
  itemDir,
  key,
  extension,
  maxBytes,
  logger,
  produce,
}: CachedFileRequest & { itemDir: string }): Promise<CachedFile> {
  // Work files live apart from the items' folders, so clearing an item while one of its
  // files is being written does not break that download.
  const workDir = path.join(cacheDir, WORK_FOLDER)
  await fs.mkdir(workDir, { recursive: true })
  const workPath = path.join(workDir, `${randomUUID()}.${extension}`)
  try {
    await produce({ workPath })
    const hash = createHash('sha256')
    await pipeline(createReadStream(workPath), hash)
    const filePath = path.join(itemDir, `${key}.${hash.digest('hex').slice(0, 32)}.${extension}`)
    await fs.mkdir(itemDir, { recursive: true })
    await fs.rename(workPath, filePath)
    await sweep({ cacheDir, maxBytes, keep: filePath }).catch((error: unknown) => {
      logger.warn({ msg: 'Could not sweep the download cache', err: error })
    })
    return await describe({ filePath })
  } finally {
    await fs.rm(workPath, { force: true })
  }
}

async function sweep({
  cacheDir,
  maxBytes,
  keep,
}: {
  cacheDir: string
  maxBytes: number
  keep: string
}): Promise<void> {
  const entries: CacheEntry[] = []
  const now = Date.now()
  for (const folder of await fs.readdir(cacheDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue
    const folderPath = path.join(cacheDir, folder.name)
    for (const name of await fs.readdir(folderPath)) {
      const filePath = path.join(folderPath, name)
      const stats = await fs.stat(filePath).catch(() => null)
      if (!stats?.isFile()) continue
      if (folder.name === WORK_FOLDER) {
        if (now - stats.mtimeMs > ABANDONED_WORK_MS) await fs.rm(filePath, { force: true })
        continue
      }
      entries.push({ filePath, size: stats.size, lastUsedMs: stats.atimeMs })
    }
  }
  for (const filePath of selectEvictions({ entries, maxBytes, keep })) {
    // A download still streaming it keeps reading: the open file outlives its name.
    await fs.rm(filePath, { force: true })
  }
}

async function findEntry({
  itemDir,
  key,
}: {
  itemDir: string
  key: string
}): Promise<string | null> {
  const names = await fs.readdir(itemDir).catch(() => [] as string[])
  const name = names.find((candidate) => candidate.startsWith(`${key}.`))
  return name ? path.join(itemDir, name) : null
}

/** Marks a cached file as just used; `null` when a sweep removed it a moment ago. */
async function markUsed({ filePath }: { filePath: string }): Promise<CachedFile | null> {
  try {
    const stats = await fs.stat(filePath)
    // The access time orders eviction; the modification time stays the file's Last-Modified.
    await fs.utimes(filePath, new Date(), stats.mtime)
    return await describe({ filePath })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function describe({ filePath }: { filePath: string }): Promise<CachedFile> {
  const stats = await fs.stat(filePath)
  const contentHash = path.basename(filePath).split('.')[1] ?? ''
  return {
    filePath,
    size: stats.size,
    etag: `"${contentHash}"`,
    lastModified: stats.mtime,
    open: ({ range } = {}) =>
      Promise.resolve(
        createReadStream(filePath, range ? { start: range.start, end: range.end } : undefined),
      ),
  }
}

function itemFolder({ itemId }: { itemId: number | string }): string {
  return String(itemId).replace(/[^A-Za-z0-9_-]/g, '_')
}
