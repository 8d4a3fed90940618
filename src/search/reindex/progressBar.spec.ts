import { describe, expect, it } from 'vitest'

import { createProgressBar } from './progressBar'

describe('createProgressBar', () => {
  it('redraws one line in place on a terminal, with rate and time left', () => {
    const written: string[] = []
    let clock = 0
    const bar = createProgressBar({
      stream: { isTTY: true, write: (text: string) => written.push(text) > 0 },
      total: 200,
      label: 'Reindex',
      now: () => clock,
    })
    clock = 2000
    bar.update({ done: 50 })
    expect(written.at(-1)).toBe(
      '\rReindex [########----------------------]  25% 50/200 25/s ETA 6s\u001b[K',
    )
    bar.finish({ note: '(400 documents)' })
    expect(written.at(-1)).toMatch(/^\rReindex \[#{30}\] 100% 200\/200 .* \(400 documents\)\n$/)
  })

  it('prints a line every few seconds when the output is not a terminal', () => {
    const written: string[] = []
    let clock = 10_000
    const bar = createProgressBar({
      stream: { write: (text: string) => written.push(text) > 0 },
      total: 10,
      label: 'Reindex',
      now: () => clock,
    })
    bar.update({ done: 1 })
    bar.update({ done: 2 })
    clock += 6000
    bar.update({ done: 3 })
    expect(written).toHaveLength(2)
    expect(written.every((line) => line.endsWith('\n'))).toBe(true)
  })
})
