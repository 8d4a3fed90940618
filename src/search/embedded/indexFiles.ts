import fs from 'node:fs/promises'
import path from 'node:path'

import type { SearchDocument } from '../SearchIndex'
import { InvertedIndex, type SerializedIndex } from './InvertedIndex'

/**
 * The embedded index on disk, under `DATA_DIR/search/`:
 *
 * - `manifest.json` names the current generation;
 * - `snapshot-<generation>.bin` holds the whole index as it was when the generation began;
 * - `log-<generation>.jsonl` holds every write since, one JSON operation per line.
 *
 * Loading reads the snapshot and replays the log. Every process that writes (the web
 * process, `npm run worker`, `npm run reindex`) appends to the log under `lock`, and every
 * process reading catches up with the log's new lines, so they all see the same index.
 * Writing a new snapshot starts a new generation; readers see the manifest change and reload.
 */
export type Manifest = { generation: number; snapshot: string | null; log: string }

/** One write, as a line of the log. */
export type LogOperation =
  | { op: 'replace'; itemKeys: string[]; documents: SearchDocument[] }
  | { op: 'delete'; itemKeys: string[] }

export function manifestPath(directory: string): string {
  return path.join(directory, 'manifest.json')
}

/** The manifest, or `null` when the folder holds no index yet. */
export async function readManifest(directory: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await fs.readFile(manifestPath(directory), 'utf8')) as Manifest
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Replaces the manifest atomically (write, then rename). */
export async function writeManifest({
  directory,
  manifest,
}: {
  directory: string
  manifest: Manifest
}): Promise<void> {
  const temporary = `${manifestPath(directory)}.${process.pid}.tmp`
  await fs.writeFile(temporary, JSON.stringify(manifest))
  await fs.rename(temporary, manifestPath(directory))
}

/** Writes `index` as a snapshot file, atomically. Layout: magic, header, documents, postings. */
export async function writeSnapshot({
  file,
  index,
}: {
  file: string
  index: InvertedIndex
}): Promise<void> {
  const data = index.serialize()
  const documents = Buffer.from(data.documents.join('\n'), 'utf8')
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      terms: data.terms,
      sizes: data.sizes,
      documentCount: data.documents.length,
      documentsBytes: documents.length,
    }),
    'utf8',
  )
  const headerLength = Buffer.alloc(4)
  headerLength.writeUInt32LE(header.length)
  const beforePostings = MAGIC.length + 4 + header.length + documents.length
  const padding = Buffer.alloc((4 - (beforePostings % 4)) % 4)

  const temporary = `${file}.${process.pid}.tmp`
  const handle = await fs.open(temporary, 'w')
  try {
    for (const chunk of [MAGIC, headerLength, header, documents, padding]) await handle.write(chunk)
    // Postings go out in batches of lists: one Buffer per list would be millions of writes.
    let batch: Buffer[] = []
    let batchBytes = 0
    for (const list of data.postings) {
      batch.push(Buffer.from(list.buffer, list.byteOffset, list.byteLength))
      batchBytes += list.byteLength
      if (batchBytes >= 8 * 1024 * 1024) {
        await handle.write(Buffer.concat(batch, batchBytes))
        batch = []
        batchBytes = 0
      }
    }
    if (batchBytes > 0) await handle.write(Buffer.concat(batch, batchBytes))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temporary, file)
}

/** Reads a snapshot written by {@link writeSnapshot}. */
export async function readSnapshot(file: string): Promise<InvertedIndex> {
  const bytes = await fs.readFile(file)
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error(`${file} is not a search index snapshot`)
  }
  const headerLength = bytes.readUInt32LE(MAGIC.length)
  let offset = MAGIC.length + 4
  const header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as {
    format: number
    terms: SerializedIndex['terms']
    sizes: SerializedIndex['sizes']
    documentCount: number
    documentsBytes: number
  }
  if (header.format !== FORMAT) throw new Error(`${file} has unknown format ${header.format}`)
  offset += headerLength
  const documents =
    header.documentCount === 0
      ? []
      : bytes.toString('utf8', offset, offset + header.documentsBytes).split('\n')
  offset += header.documentsBytes
  offset += (4 - (offset % 4)) % 4
  // Copied into one aligned buffer; each list is a view of it until it grows.
  const all = new Int32Array((bytes.length - offset) / 4)
  new Uint8Array(all.buffer).set(bytes.subarray(offset))
  const postings: Int32Array[] = []
  let position = 0
  for (const size of [...header.sizes.folded, ...header.sizes.exact]) {
    postings.push(all.subarray(position, position + size))
    position += size
  }
  return InvertedIndex.deserialize({
    terms: header.terms,
    sizes: header.sizes,
    documents,
    postings,
  })
}

const MAGIC = Buffer.from('TTDNIDX1', 'ascii')
const FORMAT = 1
