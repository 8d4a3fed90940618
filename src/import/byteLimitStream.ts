import { Transform } from 'node:stream'

/**
 * A pass-through stream that counts the bytes going through it and fails with `tooLarge()` as
 * soon as they pass `limitBytes`, so an oversized upload or a zip bomb is cut off at the limit
 * instead of being written (or held) whole. `onChunk` sees each chunk that is let through (a
 * hash is fed from it); `bytes()` says how many went through.
 */
export function byteLimitStream({
  limitBytes,
  tooLarge,
  onChunk,
}: {
  limitBytes: number
  tooLarge: () => Error
  onChunk?: (chunk: Buffer) => void
}): Transform & { bytes: () => number } {
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      if (bytes > limitBytes) {
        callback(tooLarge())
        return
      }
      onChunk?.(chunk)
      callback(null, chunk)
    },
  })
  return Object.assign(stream, { bytes: () => bytes })
}
