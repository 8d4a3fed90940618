import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import unzipper from 'unzipper'

import { byteLimitStream } from './byteLimitStream'
import { sheetFormatOf, type SheetFormat } from './readSheet'

/** A file inside a batch's ZIP: its path there and the size its header declares. */
export type ZipFileEntry = { name: string; declaredBytes: number }

/** A batch ZIP opened from its central directory: its sheet (if any) and its files. */
export type ZipBatch = {
  sheet: { name: string; format: SheetFormat } | null
  files: ZipFileEntry[]
  /** A stream of one entry's bytes, inflated as they are read. */
  open: (args: { name: string }) => Readable
}

/** More entries than this and the archive is refused before any is read. */
export const MAX_ZIP_ENTRIES = 100_000

/** An entry that is larger than allowed: declared so, or found so while inflating. */
export class ZipEntryTooLargeError extends Error {
  readonly entry: string
  readonly limitBytes: number

  constructor({ entry, limitBytes }: { entry: string; limitBytes: number }) {
    super(`ZIP entry ${entry} inflates past ${limitBytes} bytes`)
    this.name = 'ZipEntryTooLargeError'
    this.entry = entry
    this.limitBytes = limitBytes
  }
}

/**
 * Opens a batch ZIP by its central directory, without reading any entry: the first `.csv` or
 * `.xlsx` at the shallowest level is the sheet; every other file (not folders, not macOS's
 * `__MACOSX/` shadows or hidden files) is a file of the batch.
 */
export async function openZipBatch({ zipPath }: { zipPath: string }): Promise<ZipBatch> {
  const directory = await unzipper.Open.file(zipPath)
  if (directory.files.length > MAX_ZIP_ENTRIES)
    throw new ZipEntryTooLargeError({ entry: '*', limitBytes: MAX_ZIP_ENTRIES })
  const entries = directory.files.filter(
    (entry) => entry.type === 'File' && !isHiddenEntry({ name: entry.path }),
  )
  const sheets = entries
    .filter((entry) => sheetFormatOf({ filename: entry.path }) !== null)
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length)
  const sheetEntry = sheets[0]
  const byName = new Map(entries.map((entry) => [entry.path, entry]))
  return {
    sheet: sheetEntry
      ? { name: sheetEntry.path, format: sheetFormatOf({ filename: sheetEntry.path })! }
      : null,
    files: entries
      .filter((entry) => entry !== sheetEntry)
      .map((entry) => ({ name: entry.path, declaredBytes: entry.uncompressedSize })),
    open: ({ name }) => {
      const entry = byName.get(name)
      if (!entry) throw new Error(`No entry ${name} in ${zipPath}`)
      return entry.stream()
    },
  }
}

/**
 * Writes one entry to `filePath`, hashing it on the way (SHA-256, hex), and stops with
 * {@link ZipEntryTooLargeError} as soon as it is declared or inflates past `limitBytes`: a zip
 * bomb is cut off after `limitBytes`, whatever its headers say.
 */
export async function extractZipEntry({
  batch,
  entry,
  filePath,
  limitBytes,
}: {
  batch: ZipBatch
  entry: ZipFileEntry
  filePath: string
  limitBytes: number
}): Promise<{ sha256: string; bytes: number }> {
  if (entry.declaredBytes > limitBytes)
    throw new ZipEntryTooLargeError({ entry: entry.name, limitBytes })
  const hash = createHash('sha256')
  const guard = byteLimitStream({
    limitBytes,
    tooLarge: () => new ZipEntryTooLargeError({ entry: entry.name, limitBytes }),
    onChunk: (chunk) => hash.update(chunk),
  })
  await pipeline(batch.open({ name: entry.name }), guard, createWriteStream(filePath))
  return { sha256: hash.digest('hex'), bytes: guard.bytes() }
}

/** The entry a row's `file` cell names: its path in the ZIP, or its bare file name. */
export function findZipEntry({
  batch,
  file,
}: {
  batch: ZipBatch
  file: string
}): ZipFileEntry | undefined {
  const wanted = file.replace(/\\/g, '/').replace(/^\.?\//, '')
  return (
    batch.files.find((entry) => entry.name === wanted) ??
    batch.files.find((entry) => path.posix.basename(entry.name) === wanted)
  )
}

function isHiddenEntry({ name }: { name: string }): boolean {
  return name.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'))
}
