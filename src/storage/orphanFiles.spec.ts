import { describe, expect, it } from 'vitest'

import { referencedFileNames, selectOrphanFiles } from './orphanFiles'

const START = new Date('2026-03-01T08:00:00Z')
const before = START.getTime() - 60_000
const after = START.getTime() + 1

describe('selectOrphanFiles', () => {
  it('selects only unreferenced files written before the start, sorted', () => {
    expect(
      selectOrphanFiles({
        files: [
          { name: 'z-orphan.jpg', mtimeMs: before },
          { name: 'kept.jpg', mtimeMs: before },
          { name: 'kept-small.webp', mtimeMs: before },
          { name: 'in-progress.jpg', mtimeMs: after },
          { name: 'a-orphan-small.webp', mtimeMs: before },
        ],
        referenced: new Set(['kept.jpg', 'kept-small.webp']),
        writtenBefore: START,
      }),
    ).toEqual(['a-orphan-small.webp', 'z-orphan.jpg'])
  })

  it('never selects a referenced file, however old', () => {
    expect(
      selectOrphanFiles({
        files: [{ name: 'cau-hoa-an.jpg', mtimeMs: 0 }],
        referenced: new Set(['cau-hoa-an.jpg']),
        writtenBefore: START,
      }),
    ).toEqual([])
  })

  it('keeps a file written exactly at the start', () => {
    expect(
      selectOrphanFiles({
        files: [{ name: 'now.jpg', mtimeMs: START.getTime() }],
        referenced: new Set(),
        writtenBefore: START,
      }),
    ).toEqual([])
  })
})

describe('referencedFileNames', () => {
  it('lists the original, Payload sizes and every rendition, skipping empty values', () => {
    expect(
      referencedFileNames({
        record: {
          filename: 'le-hoi.mp4',
          sizes: { thumbnail: { filename: 'le-hoi-thumb.jpg' }, card: { filename: null } },
          renditions: [
            { filename: 'le-hoi-small.webp' },
            { filename: 'le-hoi-web.mp4' },
            null,
            { filename: '' },
          ],
        },
      }),
    ).toEqual(['le-hoi.mp4', 'le-hoi-thumb.jpg', 'le-hoi-small.webp', 'le-hoi-web.mp4'])
  })

  it('lists nothing for a record without a file', () => {
    expect(referencedFileNames({ record: { filename: null, renditions: null } })).toEqual([])
  })
})
