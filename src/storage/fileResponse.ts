import { Readable } from 'node:stream'

import { resolveByteRange } from './byteRange'
import type { StoredFile } from './storedFiles'

/**
 * The answer to a GET of a file, streamed from wherever it lives and never buffered:
 *
 * - `200` with the whole file, or `206` with the one range asked for (`Content-Range`), or
 *   `416` with `Content-Range: bytes *\/<size>` when no range asked for can be served;
 * - `Accept-Ranges: bytes`, a strong `ETag` and `Last-Modified`, so players can seek and
 *   download managers can resume, with `If-Range` guarding against a file that changed.
 *
 * `onServe` runs before every response that carries bytes of the file — the whole file or
 * any range of it, as decided by the one range parser (src/storage/byteRange.ts) — and not for
 * a 416. Which of those requests make one download is the caller's to decide
 * (src/media/download/downloadRecords.ts): guessing it here from where a range starts let a client
 * take all but the first byte (`bytes=1-`) without any record.
 * `headers` carries what the caller decided (type, disposition, caching) and is completed here.
 */
export async function fileResponse({
  request,
  file,
  headers,
  onServe,
}: {
  request: { headers: Headers }
  file: Pick<StoredFile, 'size' | 'etag' | 'lastModified' | 'open'>
  headers: Headers
  onServe?: () => Promise<void>
}): Promise<Response> {
  const decision = resolveByteRange({
    size: file.size,
    range: request.headers.get('range'),
    ifRange: request.headers.get('if-range'),
    etag: file.etag,
    lastModified: file.lastModified,
  })
  headers.set('Accept-Ranges', 'bytes')
  headers.set('ETag', file.etag)
  if (file.lastModified) headers.set('Last-Modified', file.lastModified.toUTCString())

  if (decision.kind === 'unsatisfiable') {
    headers.delete('Content-Type')
    headers.delete('Content-Disposition')
    headers.set('Content-Range', `bytes */${file.size}`)
    return new Response(null, { status: 416, headers })
  }

  const range = decision.kind === 'partial' ? { start: decision.start, end: decision.end } : null
  const stream = await file.open({ range: range ?? undefined })
  try {
    await onServe?.()
  } catch (error) {
    stream.destroy()
    throw error
  }
  if (range) {
    headers.set('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`)
    headers.set('Content-Length', String(range.end - range.start + 1))
  } else {
    headers.set('Content-Length', String(file.size))
  }
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    status: range ? 206 : 200,
    headers,
  })
}
