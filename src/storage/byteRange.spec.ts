import { describe, expect, it } from 'vitest'

import { resolveByteRange } from './byteRange'

const ETAG = '"abc123"'
const MODIFIED = new Date('2025-03-01T08:00:00.000Z')

function decide(range: string | null, ifRange: string | null = null, size = 1000) {
  return resolveByteRange({ size, range, ifRange, etag: ETAG, lastModified: MODIFIED })
}

describe('resolveByteRange', () => {
  it('sends the whole file when no range is asked for', () => {
    expect(decide(null)).toEqual({ kind: 'full' })
  })

  it('answers a first-last range, an open range and a suffix range', () => {
    expect(decide('bytes=0-99')).toEqual({ kind: 'partial', start: 0, end: 99 })
    expect(decide('bytes=0-')).toEqual({ kind: 'partial', start: 0, end: 999 })
    expect(decide('bytes=500-')).toEqual({ kind: 'partial', start: 500, end: 999 })
    expect(decide('bytes=-100')).toEqual({ kind: 'partial', start: 900, end: 999 })
    expect(decide('Bytes = 10 - 19')).toEqual({ kind: 'partial', start: 10, end: 19 })
  })

  it('cuts a range that runs past the end, and a suffix longer than the file', () => {
    expect(decide('bytes=900-5000')).toEqual({ kind: 'partial', start: 900, end: 999 })
    expect(decide('bytes=-5000')).toEqual({ kind: 'partial', start: 0, end: 999 })
  })

  it('finds a range that starts at or past the end unsatisfiable', () => {
    expect(decide('bytes=1000-')).toEqual({ kind: 'unsatisfiable' })
    expect(decide('bytes=2000-3000')).toEqual({ kind: 'unsatisfiable' })
    expect(decide('bytes=-0')).toEqual({ kind: 'unsatisfiable' })
    expect(decide('bytes=0-', null, 0)).toEqual({ kind: 'unsatisfiable' })
  })

  it('ignores a malformed header or another unit and sends the whole file', () => {
    for (const header of ['bytes=abc', 'bytes=5-1', 'bytes=-', 'items=0-5', 'bytes=1-2-3', '']) {
      expect(decide(header), header).toEqual({ kind: 'full' })
    }
  })

  it('merges ranges that overlap or touch, and sends the whole file for disjoint ones', () => {
    expect(decide('bytes=0-99,100-199,150-249')).toEqual({ kind: 'partial', start: 0, end: 249 })
    expect(decide('bytes=0-9,2000-3000')).toEqual({ kind: 'partial', start: 0, end: 9 })
    expect(decide('bytes=0-9,20-29')).toEqual({ kind: 'full' })
  })

  it('sends the whole file to a request with too many ranges', () => {
    const many = Array.from({ length: 60 }, (_, index) => `${index}-${index}`).join(',')
    expect(decide(`bytes=${many}`)).toEqual({ kind: 'full' })
  })

  it('honours If-Range only when the strong ETag or the modification second matches', () => {
    expect(decide('bytes=10-19', ETAG)).toEqual({ kind: 'partial', start: 10, end: 19 })
    expect(decide('bytes=10-19', '"other"')).toEqual({ kind: 'full' })
    expect(decide('bytes=10-19', `W/${ETAG}`)).toEqual({ kind: 'full' })
    expect(decide('bytes=10-19', MODIFIED.toUTCString())).toEqual({
      kind: 'partial',
      start: 10,
      end: 19,
    })
    expect(decide('bytes=10-19', new Date(MODIFIED.getTime() - 5000).toUTCString())).toEqual({
      kind: 'full',
    })
    expect(decide('bytes=10-19', 'not a date')).toEqual({ kind: 'full' })
  })

  it('never matches If-Range against a weak ETag of the file', () => {
    expect(
      resolveByteRange({ size: 100, range: 'bytes=0-9', ifRange: 'W/"x"', etag: 'W/"x"' }),
    ).toEqual({ kind: 'full' })
  })
})
