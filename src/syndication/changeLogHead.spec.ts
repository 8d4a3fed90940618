import { describe, expect, it } from 'vitest'

import { freshSharedReads } from './changeLogHead'

describe('freshSharedReads', () => {
  it('shares one query among callers who ask while it runs, and starts a new one for them', async () => {
    let value = 0
    let queries = 0
    const pending: Array<() => void> = []
    const read = freshSharedReads({
      read: () => {
        queries += 1
        const seen = value
        return new Promise<number>((resolve) => pending.push(() => resolve(seen)))
      },
    })
    const first = read()
    value = 1 // a commit after the first query started
    const second = read()
    const third = read()
    pending.shift()!()
    expect(await first).toBe(0)
    await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
    pending.shift()!()
    expect(await second).toBe(1)
    expect(await third).toBe(1)
    expect(queries).toBe(2)
  })

  it('reads again after a failed query', async () => {
    let calls = 0
    const read = freshSharedReads({
      read: () => {
        calls += 1
        return calls === 1 ? Promise.reject(new Error('busy')) : Promise.resolve('head')
      },
    })
    await expect(read()).rejects.toThrow('busy')
    expect(await read()).toBe('head')
  })
})
