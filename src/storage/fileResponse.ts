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
 * `onStartOfFile` runs before a response that starts at the first byte (a whole file, or a
 * range from byte 0), and only then: that request begins a download or a playback, while
 * the ranges that follow continue it. Downloads are counted and audited there, once each.
 * `headers` carries what the caller decided (type, disposition, caching) and is completed here.
 */
export async function fileResponse({
  request,
  file,
  headers,
  onStartOfFile,
}: {
  request: { headers: Headers }
  file: Pick<StoredFile, 'size' | 'etag' | 'lastModified' | 'open'>
  headers: Headers
  onStartOfFile?: () => Promise<void>
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
    if ((range?.start ?? 0) === 0) await onStartOfFile?.()
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
