/** A file of an upload collection's local folder, as the folder lists it. */
export type FolderFile = { name: string; mtimeMs: number }

/**
 * Which files of an upload collection's folder no record references and were last written
 * before `writtenBefore`: the originals and renditions of saves that never committed (the
 * process was killed after Payload or a hook copied them in, before the transaction ended).
 * A file written since may belong to a save or a transcode still in progress, so it stays;
 * a referenced name always stays. Names are compared as stored (`filename` is a base name).
 */
export function selectOrphanFiles({
  files,
  referenced,
  writtenBefore,
}: {
  files: FolderFile[]
  referenced: ReadonlySet<string>
  writtenBefore: Date
}): string[] {
  return files
    .filter((file) => !referenced.has(file.name) && file.mtimeMs < writtenBefore.getTime())
    .map((file) => file.name)
    .sort()
}

/**
 * Every stored file name one record of an upload collection (the live document, or the
 * `version` of one of its versions) references: its `filename`, the `filename` of each of
 * Payload's image `sizes`, and of each of our `renditions` (image sizes, poster stills, a
 * video's web version).
 */
export function referencedFileNames({ record }: { record: Record<string, unknown> }): string[] {
  const names: string[] = []
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value !== '') names.push(value)
  }
  add(record.filename)
  if (record.sizes && typeof record.sizes === 'object') {
    for (const size of Object.values(record.sizes as Record<string, unknown>)) {
      add((size as { filename?: unknown } | null)?.filename)
    }
  }
  if (Array.isArray(record.renditions)) {
    for (const rendition of record.renditions as Array<{ filename?: unknown } | null>) {
      add(rendition?.filename)
    }
  }
  return names
}
