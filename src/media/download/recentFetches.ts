/**
 * Remembers, in this process, who fetched what in the last `windowMs`, so that one download
 * made of many requests (a resumed transfer, a player's byte ranges, a download manager's
 * parallel segments, a repeated click) is recorded and counted once. Keys are opaque
 * (`<requester>|<item>|…`); the oldest are forgotten first past `maxEntries`, so a flood of
 * distinct requesters costs bounded memory (and at worst an extra record, never a lost one).
 */
export class RecentFetches {
  readonly #windowMs: number
  readonly #maxEntries: number
  /** Key → time it was claimed; a Map iterates in insertion order, oldest first. */
  readonly #claimed = new Map<string, number>()

  constructor({ windowMs, maxEntries = 100_000 }: { windowMs: number; maxEntries?: number }) {
    this.#windowMs = windowMs
    this.#maxEntries = maxEntries
  }

  /**
   * `true` when `key` was not claimed within the window before `now` (and claims it now):
   * the caller records the fetch. `false` for a repeat inside the window.
   */
  claim({ key, now }: { key: string; now: number }): boolean {
    const previous = this.#claimed.get(key)
    if (previous !== undefined && now - previous < this.#windowMs) return false
    this.#claimed.delete(key)
    this.#claimed.set(key, now)
    this.#forgetExpired({ now })
    return true
  }

  /** Forgets a claim whose record could not be written, so the next request tries again. */
  release({ key }: { key: string }): void {
    this.#claimed.delete(key)
  }

  #forgetExpired({ now }: { now: number }): void {
    for (const [key, claimedAt] of this.#claimed) {
      if (this.#claimed.size <= this.#maxEntries && now - claimedAt < this.#windowMs) break
      this.#claimed.delete(key)
    }
  }
}
