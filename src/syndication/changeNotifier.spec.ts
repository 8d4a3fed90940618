import { describe, expect, it } from 'vitest'

import { createChangeNotifier } from './changeNotifier'

describe('the change notifier', () => {
  it('wakes every waiter from one reading of the head after a hint', async () => {
    const { notifier, log } = countingNotifier({ pollMs: 60_000, hintDelaysMs: [0] })
    const waits = Array.from({ length: 50 }, () =>
      notifier.waitForChange({ head: '10', timeoutMs: 5000 }),
    )
    expect(notifier.waiting()).toBe(50)
    log.head = '11'
    notifier.hint()
    expect(await Promise.all(waits)).toEqual(Array.from({ length: 50 }, () => true))
    expect(log.readings).toBe(1)
    expect(notifier.waiting()).toBe(0)
  })

  it('keeps waiting when a hint comes before the entry is visible, and wakes when it is', async () => {
    let head = '10'
    const notifier = createChangeNotifier({
      readHead: () => Promise.resolve(head),
      pollMs: 60_000,
      hintDelaysMs: [0, 30],
    })
    const started = Date.now()
    const waiting = notifier.waitForChange({ head: '10', timeoutMs: 5000 })
    notifier.hint()
    // The writer's transaction commits a moment after its hint.
    setTimeout(() => {
      head = '11'
    }, 10)
    expect(await waiting).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('notices another process’s entries with one shared poll, and only while someone waits', async () => {
    const { notifier, log } = countingNotifier({ pollMs: 20 })
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(log.readings).toBe(0)
    const waits = [1, 2, 3].map(() => notifier.waitForChange({ head: '10', timeoutMs: 5000 }))
    await new Promise((resolve) => setTimeout(resolve, 70))
    const whileWaiting = log.readings
    // One reading per tick for the three waiters, not three.
    expect(whileWaiting).toBeGreaterThan(0)
    expect(whileWaiting).toBeLessThanOrEqual(5)
    log.head = '12'
    expect(await Promise.all(waits)).toEqual([true, true, true])
    const after = log.readings
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(log.readings).toBe(after)
  })

  it('gives up at the timeout or when the request goes away', async () => {
    const notifier = createChangeNotifier({ readHead: () => Promise.resolve('10'), pollMs: 60_000 })
    expect(await notifier.waitForChange({ head: '10', timeoutMs: 20 })).toBe(false)
    const controller = new AbortController()
    const waiting = notifier.waitForChange({
      head: '10',
      timeoutMs: 5000,
      signal: controller.signal,
    })
    controller.abort()
    expect(await waiting).toBe(false)
    expect(notifier.waiting()).toBe(0)
  })
})

/** A notifier over a change log whose head starts at `10`, counting how often it is read. */
function countingNotifier({ pollMs, hintDelaysMs }: { pollMs: number; hintDelaysMs?: number[] }) {
  const log = { head: '10', readings: 0 }
  const notifier = createChangeNotifier({
    readHead: () => {
      log.readings += 1
      return Promise.resolve(log.head)
    },
    pollMs,
    ...(hintDelaysMs ? { hintDelaysMs } : {}),
  })
  return { notifier, log }
}
