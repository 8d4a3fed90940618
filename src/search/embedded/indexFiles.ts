import fs from 'node:fs/promises'
import path from 'node:path'

import type { SearchDocument } from '../SearchIndex'
import type { SynonymGroup } from '../text/synonyms'
import {
  InvertedIndex,
  STORED_FIELDS,
  type SerializedIndex,
  type StoredColumns,
  type StoredFields,
} from './InvertedIndex'

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
  | { op: 'synonyms'; groups: SynonymGroup[] }

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

/**
 * Writes `index` as a snapshot file, atomically. Layout: magic, header length, header (terms,
 * list sizes, the stored fields field by field), display texts, padding to 8 bytes, where each
 * display text ends (float64), postings (int32).
 */
export async function writeSnapshot({
  file,
  index,
}: {
  file: string
  index: InvertedIndex
}): Promise<void> {
  const data = index.serialize()
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      terms: data.terms,
      sizes: data.sizes,
      documents: data.documents,
      displayBytes: data.display.bytes.length,
      synonyms: data.synonyms,
    }),
    'utf8',
  )
  const headerLength = Buffer.alloc(4)
  headerLength.writeUInt32LE(header.length)
  const beforeEnds = MAGIC.length + 4 + header.length + data.display.bytes.length
  const padding = Buffer.alloc((8 - (beforeEnds % 8)) % 8)
  const ends = data.display.ends

  const temporary = `${file}.${process.pid}.tmp`
  const handle = await fs.open(temporary, 'w')
  try {
    for (const chunk of [MAGIC, headerLength, header, data.display.bytes, padding]) {
      await handle.write(chunk)
    }
    await handle.write(Buffer.from(ends.buffer, ends.byteOffset, ends.byteLength))
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

/** Reads a snapshot written by {@link writeSnapshot}, or by the format before it. */
export async function readSnapshot(file: string): Promise<InvertedIndex> {
  const bytes = await fs.readFile(file)
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error(`${file} is not a search index snapshot`)
  }
  const headerLength = bytes.readUInt32LE(MAGIC.length)
  let offset = MAGIC.length + 4
  const header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as SnapshotHeader
  offset += headerLength
  if (header.format === LEGACY_FORMAT) {
    return readLegacySnapshot({ bytes, offset, header: header as unknown as LegacySnapshotHeader })
  }
  if (header.format !== FORMAT) throw new Error(`${file} has unknown format ${header.format}`)
  const display = bytes.subarray(offset, offset + header.displayBytes)
  offset += header.displayBytes
  offset += (8 - (offset % 8)) % 8
  const count = header.documents.id.length
  const ends = new Float64Array(count)
  new Uint8Array(ends.buffer).set(bytes.subarray(offset, offset + count * 8))
  offset += count * 8
  return InvertedIndex.deserialize({
    terms: header.terms,
    sizes: header.sizes,
    documents: header.documents,
    display: { bytes: display, ends },
    postings: postingsOf({ bytes, offset, sizes: header.sizes }),
    synonyms: header.synonyms,
  })
}

type SnapshotHeader = Pick<SerializedIndex, 'terms' | 'sizes' | 'documents' | 'synonyms'> & {
  format: number
  displayBytes: number
}

/** Format 1 kept each document as one JSON line, its display texts inside. */
type LegacySnapshotHeader = Pick<SerializedIndex, 'terms' | 'sizes'> & {
  documentCount: number
  documentsBytes: number
}

/** Reads a format-1 snapshot, so that an index written before format 2 still loads. */
function readLegacySnapshot({
  bytes,
  offset,
  header,
}: {
  bytes: Buffer
  offset: number
  header: LegacySnapshotHeader
}): InvertedIndex {
  const lines =
    header.documentCount === 0
      ? []
      : bytes.toString('utf8', offset, offset + header.documentsBytes).split('\n')
  const documents = Object.fromEntries(
    STORED_FIELDS.map((field) => [field, [] as unknown[]]),
  ) as StoredColumns
  const texts: Buffer[] = []
  const ends = new Float64Array(lines.length)
  let end = 0
  lines.forEach((line, number) => {
    const { display, ...fields } = JSON.parse(line) as StoredFields & { display: string }
    for (const field of STORED_FIELDS) (documents[field] as unknown[]).push(fields[field])
    const text = Buffer.from(display, 'utf8')
    texts.push(text)
    end += text.length
    ends[number] = end
  })
  offset += header.documentsBytes
  offset += (4 - (offset % 4)) % 4
  return InvertedIndex.deserialize({
    terms: header.terms,
    sizes: header.sizes,
    documents,
    display: { bytes: Buffer.concat(texts), ends },
    postings: postingsOf({ bytes, offset, sizes: header.sizes }),
  })
}

/** The posting lists from `offset` on: views of one aligned copy, until a list grows. */
function postingsOf({
  bytes,
  offset,
  sizes,
}: {
  bytes: Buffer
  offset: number
  sizes: SerializedIndex['sizes']
}): Int32Array[] {
  const all = new Int32Array((bytes.length - offset) / 4)
  new Uint8Array(all.buffer).set(bytes.subarray(offset))
  const postings: Int32Array[] = []
  let position = 0
  for (const size of [...sizes.folded, ...sizes.exact]) {
    postings.push(all.subarray(position, position + size))
    position += size
  }
  return postings
}

const MAGIC = Buffer.from('TTDNIDX1', 'ascii')
const FORMAT = 2
const LEGACY_FORMAT = 1
