import { createReadStream } from 'node:fs'

/**
 * Markup or code a browser or server would run. An image that carries it is a polyglot (a
 * JPEG that is also an HTML page, a PNG with PHP in a chunk): it decodes as an image, so only
 * its bytes give it away. Tag names must be followed by a delimiter, which makes every marker
 * six bytes or more: the chance of one appearing by accident in compressed pixel data is then
 * below 1 in 10 000 for a 50 MB photo. (`<svg` alone would be five bytes and matches noise
 * in about one large photo in 500; an SVG polyglot is harmless served, as ours are, as an
 * image with `nosniff`.)
 */
export const ACTIVE_CONTENT_PATTERN =
  /<(?:script|html|body|iframe|object|embed|\?php)[\s>/]|<!doctype\s+html|javascript:/i

/** The size of the overlap between chunks: the longest text the pattern can match. */
const OVERLAP = 32

/** The first active content found in `bytes`, or `null`. */
export function findActiveContentMarker({ bytes }: { bytes: Uint8Array }): string | null {
  const match = ACTIVE_CONTENT_PATTERN.exec(Buffer.from(bytes).toString('latin1'))
  return match ? match[0].toLowerCase() : null
}

/**
 * {@link findActiveContentMarker} over a file on disk or a buffer, read in chunks that overlap
 * so that nothing is missed at a chunk boundary.
 */
export async function findActiveContentInFile(
  source: { filePath: string } | { data: Uint8Array },
): Promise<string | null> {
  if ('data' in source) return findActiveContentMarker({ bytes: source.data })
  let tail: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(source.filePath, { highWaterMark: 1024 * 1024 })) {
    const window = Buffer.concat([tail, chunk as Buffer])
    const found = findActiveContentMarker({ bytes: window })
    if (found) return found
    tail = window.subarray(Math.max(0, window.length - OVERLAP))
  }
  return null
}
