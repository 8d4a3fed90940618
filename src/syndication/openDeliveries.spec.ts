import { describe, expect, it } from 'vitest'

import { deliveryState } from './openDeliveries'

describe('the state of an unacknowledged delivery', () => {
  it('is nothing once the target acknowledged it', () => {
    expect(deliveryState({ status: 'delivered', pushes: [] })).toBeNull()
  })

  it('is pending until the first attempt, due when the queue next runs', () => {
    expect(deliveryState({ status: 'pending', pushes: [{ waitUntil: null }] })).toEqual({
      state: 'pending',
      nextAttemptAt: null,
    })
  })

  it('is retrying while a run is queued, at the earliest queued time', () => {
    expect(
      deliveryState({
        status: 'failed',
        pushes: [
          { waitUntil: '2026-11-23T09:00:00.000Z' },
          { waitUntil: '2026-11-23T08:30:00.000Z' },
          { waitUntil: '2026-11-23T08:00:00.000Z', completedAt: '2026-11-23T08:00:01.000Z' },
        ],
      }),
    ).toEqual({ state: 'retrying', nextAttemptAt: '2026-11-23T08:30:00.000Z' })
  })

  it('is failed once the queue has given up on every run', () => {
    expect(
      deliveryState({
        status: 'failed',
        pushes: [{ waitUntil: '2026-11-23T09:00:00.000Z', hasError: true }],
      }),
    ).toEqual({ state: 'failed', nextAttemptAt: null })
    expect(deliveryState({ status: 'failed', pushes: [] })).toEqual({
      state: 'failed',
      nextAttemptAt: null,
    })
  })
})
