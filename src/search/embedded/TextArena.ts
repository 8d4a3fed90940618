/**
 * Texts by document number, kept as UTF-8 back to back in one growing byte array. A string
 * per document costs V8 an object and, for Vietnamese, two bytes a character; a Buffer per
 * document costs an object and a slice of a pool. Here 100,000 documents' display texts are
 * one allocation of their UTF-8 size, and a text is decoded only when a hit shows it.
 */
export class TextArena {
  private bytes: Buffer
  private used = 0
  private starts: Float64Array
  private ends: Float64Array

  constructor({
    byteCapacity = 4096,
    capacity = 0,
  }: { byteCapacity?: number; capacity?: number } = {}) {
    this.bytes = Buffer.allocUnsafeSlow(byteCapacity)
    this.starts = new Float64Array(capacity)
    this.ends = new Float64Array(capacity)
  }

  /** An arena over `bytes` holding text `number` from `ends[number - 1]` (or 0) to `ends[number]`. */
  static fromPacked({ bytes, ends }: PackedTexts): TextArena {
    const arena = new TextArena({ byteCapacity: bytes.length, capacity: ends.length })
    arena.bytes.set(bytes)
    arena.used = bytes.length
    let start = 0
    ends.forEach((end, number) => {
      arena.starts[number] = start
      arena.ends[number] = end
      start = end
    })
    return arena
  }

  /** Stores `text` as text `number`, replacing nothing: each number is written once. */
  set({ number, text }: { number: number; text: string }): void {
    const length = Buffer.byteLength(text, 'utf8')
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(
        Math.max(this.used + length, Math.ceil(this.bytes.length * 1.5)),
      )
      this.bytes.copy(grown, 0, 0, this.used)
      this.bytes = grown
    }
    if (number >= this.starts.length) {
      const capacity = Math.max(number + 1, Math.ceil(this.starts.length * 1.5), 1024)
      this.starts = grownTo({ values: this.starts, capacity })
      this.ends = grownTo({ values: this.ends, capacity })
    }
    this.bytes.write(text, this.used, 'utf8')
    this.starts[number] = this.used
    this.used += length
    this.ends[number] = this.used
  }

  /** Text `number`. */
  get(number: number): string {
    return this.bytes.toString('utf8', this.starts[number], this.ends[number])
  }

  /** The same texts without the numbers set to -1 in `renumbered`, renumbered. */
  compacted({ renumbered, count }: { renumbered: Int32Array; count: number }): TextArena {
    let bytes = 0
    renumbered.forEach((number, old) => {
      if (number >= 0) bytes += this.ends[old]! - this.starts[old]!
    })
    const next = new TextArena({ byteCapacity: Math.max(bytes, 1), capacity: count })
    renumbered.forEach((number, old) => {
      if (number < 0) return
      next.starts[number] = next.used
      next.used += this.bytes.copy(next.bytes, next.used, this.starts[old], this.ends[old])
      next.ends[number] = next.used
    })
    return next
  }

  /** Texts `0 … count - 1` back to back, as {@link fromPacked} reads them. */
  packed(count: number): PackedTexts {
    const ends = new Float64Array(count)
    let isContiguous = true
    for (let number = 0; number < count; number += 1) {
      if (this.starts[number] !== (number === 0 ? 0 : this.ends[number - 1])) isContiguous = false
      ends[number] = this.ends[number]!
    }
    if (isContiguous) {
      return { bytes: this.bytes.subarray(0, count === 0 ? 0 : this.ends[count - 1]), ends }
    }
    const renumbered = Int32Array.from({ length: count }, (_, number) => number)
    return this.compacted({ renumbered, count }).packed(count)
  }
}

/** Texts back to back and where each ends. */
export type PackedTexts = { bytes: Uint8Array; ends: Float64Array }

function grownTo({ values, capacity }: { values: Float64Array; capacity: number }): Float64Array {
  const next = new Float64Array(capacity)
  next.set(values)
  return next
}
