/** What to send for a GET that may carry `Range` and `If-Range` (RFC 9110 §14). */
export type ByteRangeDecision =
  | { kind: 'full' }
  /** `start` and `end` are byte offsets, both included, as in `Content-Range`. */
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' }

/** More range-specs than any player or download manager sends: a request built to cost us. */
const MAX_RANGE_SPECS = 50

/**
 * Decides how to answer a request for a file of `size` bytes:
 *
 * - no `Range`, a unit other than `bytes`, or a malformed header: the whole file (RFC 9110
 *   lets a server ignore a Range it does not understand, and a 200 is always correct);
 * - `If-Range` that does not match the file (a strong comparison with `etag`, or the exact
 *   `Last-Modified` second): the whole file, so a client resuming a download never splices
 *   bytes of two different files;
 * - one satisfiable range, or several that overlap or touch and so make one: that range;
 * - several disjoint ranges: the whole file. Answering them needs a `multipart/byteranges`
 *   body, which no player or download manager of ours asks for;
 * - ranges that all start past the end (or `bytes=-0`): unsatisfiable, answered with 416.
 */
export function resolveByteRange({
  size,
  range,
  ifRange,
  etag,
  lastModified,
}: {
  size: number
  /** The request's `Range` header. */
  range: string | null
  /** The request's `If-Range` header. */
  ifRange: string | null
  /** The file's strong entity tag, quoted as in the `ETag` header. */
  etag: string | null
  lastModified?: Date | null
}): ByteRangeDecision {
  if (range === null) return { kind: 'full' }
  if (ifRange !== null && !isIfRangeMatch({ ifRange, etag, lastModified })) return { kind: 'full' }
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(range)
  if (!match) return { kind: 'full' }
  const specs = match[1]!.split(',').map((spec) => spec.trim())
  if (specs.length > MAX_RANGE_SPECS) return { kind: 'full' }

  const satisfiable: Array<{ start: number; end: number }> = []
  for (const spec of specs) {
    const parts = /^(\d*)\s*-\s*(\d*)$/.exec(spec)
    if (!parts || (parts[1] === '' && parts[2] === '')) return { kind: 'full' }
    const first = parts[1] === '' ? null : Number(parts[1])
    const last = parts[2] === '' ? null : Number(parts[2])
    if (first === null) {
      // A suffix: the last `last` bytes.
      if (last! > 0 && size > 0)
        satisfiable.push({ start: Math.max(0, size - last!), end: size - 1 })
      continue
    }
    if (last !== null && last < first) return { kind: 'full' }
    if (first < size) satisfiable.push({ start: first, end: Math.min(last ?? size - 1, size - 1) })
  }
  if (satisfiable.length === 0) return { kind: 'unsatisfiable' }

  const merged = mergeRanges({ ranges: satisfiable })
  if (merged.length > 1) return { kind: 'full' }
  return { kind: 'partial', ...merged[0]! }
}

function isIfRangeMatch({
  ifRange,
  etag,
  lastModified,
}: {
  ifRange: string
  etag: string | null
  lastModified?: Date | null
}): boolean {
  const value = ifRange.trim()
  // Weak tags never match for ranges (RFC 9110 §13.1.5).
  if (value.startsWith('W/') || etag?.startsWith('W/')) return false
  if (value.startsWith('"')) return etag !== null && value === etag
  const date = Date.parse(value)
  if (Number.isNaN(date) || !lastModified) return false
  return Math.floor(lastModified.getTime() / 1000) === Math.floor(date / 1000)
}

function mergeRanges({
  ranges,
}: {
  ranges: Array<{ start: number; end: number }>
}): Array<{ start: number; end: number }> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const merged: Array<{ start: number; end: number }> = []
  for (const range of sorted) {
    const previous = merged[merged.length - 1]
    if (previous && range.start <= previous.end + 1) {
      previous.end = Math.max(previous.end, range.end)
    } else {
      merged.push({ ...range })
    }
  }
  return merged
}
