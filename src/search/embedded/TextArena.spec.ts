import { describe, expect, it } from 'vitest'

import { TextArena } from './TextArena'

const TEXTS = [
  'Đồng Nai đón hai triệu lượt khách',
  '',
  '同奈省举办国际投资促进会议',
  'ドンナイ省で国際投資促進会議が開催 🎉',
  'A plain English caption',
]

describe('TextArena', () => {
  it('gives back every text as it was stored, whatever its script, as it grows', () => {
    const arena = new TextArena({ byteCapacity: 8 })
    TEXTS.forEach((text, number) => arena.set({ number, text }))
    expect(TEXTS.map((_, number) => arena.get(number))).toEqual(TEXTS)
  })

  it('drops removed numbers and renumbers the rest when compacted', () => {
    const arena = new TextArena()
    TEXTS.forEach((text, number) => arena.set({ number, text }))
    const compacted = arena.compacted({ renumbered: Int32Array.from([0, -1, 1, -1, 2]), count: 3 })
    expect([0, 1, 2].map((number) => compacted.get(number))).toEqual([TEXTS[0], TEXTS[2], TEXTS[4]])
  })

  it('packs its texts back to back and reads them back from the packed form', () => {
    const arena = new TextArena()
    TEXTS.forEach((text, number) => arena.set({ number, text }))
    const packed = arena.packed(TEXTS.length)
    expect(Buffer.from(packed.bytes).toString('utf8')).toBe(TEXTS.join(''))
    const restored = TextArena.fromPacked(packed)
    expect(TEXTS.map((_, number) => restored.get(number))).toEqual(TEXTS)
  })

  it('packs texts stored out of number order', () => {
    const arena = new TextArena()
    ;[2, 0, 1].forEach((number) => arena.set({ number, text: TEXTS[number]! }))
    const restored = TextArena.fromPacked(arena.packed(3))
    expect([0, 1, 2].map((number) => restored.get(number))).toEqual(TEXTS.slice(0, 3))
  })
})
