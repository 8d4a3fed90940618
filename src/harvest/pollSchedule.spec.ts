import { describe, expect, it } from 'vitest'

import { nextPollAt } from './pollSchedule'

const now = new Date('2026-12-05T00:00:00Z')
const DAY = 24 * 3_600_000
const minutesAfter = (date: Date): number => (date.getTime() - now.getTime()) / 60_000

describe('when a feed is polled next', () => {
  it('waits one interval after a poll that went well', () => {
    const next = nextPollAt({ now, intervalMinutes: 60, consecutiveFailures: 0, maxBackoffMs: DAY })
    expect(minutesAfter(next)).toBe(60)
  })

  it('doubles the wait with each failure in a row, up to the cap', () => {
    const waits = [1, 2, 3, 4, 5, 6, 40].map((consecutiveFailures) =>
      minutesAfter(
        nextPollAt({ now, intervalMinutes: 60, consecutiveFailures, maxBackoffMs: DAY }),
      ),
    )
    expect(waits).toEqual([120, 240, 480, 960, 1440, 1440, 1440])
  })

  it('never polls more often than every 15 minutes, nor sooner than the interval', () => {
    expect(
      minutesAfter(
        nextPollAt({ now, intervalMinutes: 1, consecutiveFailures: 0, maxBackoffMs: DAY }),
      ),
    ).toBe(15)
    // A cap below the interval does not make a failing feed polled more often than a healthy one.
    expect(
      minutesAfter(
        nextPollAt({ now, intervalMinutes: 120, consecutiveFailures: 3, maxBackoffMs: 60_000 }),
      ),
    ).toBe(120)
  })
})
