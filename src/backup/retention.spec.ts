import { describe, expect, it } from 'vitest'

import { selectArchivesToKeep, type DatedArchive } from './retention'

/** One archive a night at 02:30 UTC for `nights` nights up to and including `last`. */
function nightly({ last, nights }: { last: string; nights: number }): DatedArchive[] {
  const end = new Date(`${last}T02:30:00Z`).getTime()
  return Array.from({ length: nights }, (_, index) => {
    const createdAt = new Date(end - index * 86_400_000)
    return { name: createdAt.toISOString().slice(0, 10), createdAt }
  })
}

describe('selectArchivesToKeep', () => {
  it('keeps the newest archive of each of the last 7 days, 4 weeks and 12 months', () => {
    // 2026-12-04 is a Friday; 400 nights reach back into November 2025.
    const archives = nightly({ last: '2026-12-04', nights: 400 })
    const { keep, remove } = selectArchivesToKeep({
      archives,
      now: new Date('2026-12-04T12:00:00Z'),
      policy: { daily: 7, weekly: 4, monthly: 12 },
    })
    expect(keep.sort()).toEqual(
      [
        // The last seven days.
        '2026-11-28',
        '2026-11-29',
        '2026-11-30',
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        // The Sundays ending the three weeks before this one (this week's newest is 12-04).
        '2026-11-15',
        '2026-11-22',
        // The last day of each of the eleven months before this one (December's newest is 12-04).
        '2026-01-31',
        '2026-02-28',
        '2026-03-31',
        '2026-04-30',
        '2026-05-31',
        '2026-06-30',
        '2026-07-31',
        '2026-08-31',
        '2026-09-30',
        '2026-10-31',
      ].sort(),
    )
    expect(keep.length + remove.length).toBe(400)
  })

  it('keeps the newest of several archives of one day, and never deletes the newest archive', () => {
    const at = (iso: string): DatedArchive => ({ name: iso, createdAt: new Date(iso) })
    const archives = [
      at('2026-12-04T02:30:00Z'),
      at('2026-12-04T14:00:00Z'),
      at('2026-12-03T02:30:00Z'),
    ]
    expect(
      selectArchivesToKeep({
        archives,
        now: new Date('2026-12-04T15:00:00Z'),
        policy: { daily: 1, weekly: 0, monthly: 0 },
      }),
    ).toEqual({
      keep: ['2026-12-04T14:00:00Z'],
      remove: ['2026-12-04T02:30:00Z', '2026-12-03T02:30:00Z'],
    })
    expect(
      selectArchivesToKeep({
        archives,
        now: new Date('2026-12-04T15:00:00Z'),
        policy: { daily: 0, weekly: 0, monthly: 0 },
      }).keep,
    ).toEqual(['2026-12-04T14:00:00Z'])
  })

  it('counts only days that have an archive, so a month without backups expires nothing early', () => {
    const archives = [
      ...nightly({ last: '2026-10-31', nights: 10 }),
      // Nothing in November; backups start again on December 4.
      ...nightly({ last: '2026-12-04', nights: 1 }),
    ]
    const { keep } = selectArchivesToKeep({
      archives,
      now: new Date('2026-12-04T12:00:00Z'),
      policy: { daily: 7, weekly: 0, monthly: 0 },
    })
    expect(keep).toEqual([
      '2026-10-31',
      '2026-10-30',
      '2026-10-29',
      '2026-10-28',
      '2026-10-27',
      '2026-10-26',
      '2026-12-04',
    ])
  })

  it('keeps an archive dated in the future without letting it count', () => {
    const archives = [
      { name: 'future', createdAt: new Date('2027-01-01T00:00:00Z') },
      ...nightly({ last: '2026-12-04', nights: 3 }),
    ]
    const { keep, remove } = selectArchivesToKeep({
      archives,
      now: new Date('2026-12-04T12:00:00Z'),
      policy: { daily: 2, weekly: 0, monthly: 0 },
    })
    expect(keep).toEqual(['future', '2026-12-04', '2026-12-03'])
    expect(remove).toEqual(['2026-12-02'])
  })
})
