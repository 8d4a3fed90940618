import type { Payload } from 'payload'

import { outsideTransactions } from '../db/serializeSqliteWrites'
import { changeLogHead } from './changeLogHead'

/**
 * Wakes the sync's long polls when the change log moves, for every waiter of the process at
 * once: the change-log writer {@link ChangeNotifier.hint}s after each entry, and one shared
 * reading of the head (a single indexed query, whoever waits) confirms that the entry is
 * committed and visible before the waiters read. While anyone waits, the head is also read every
 * `pollMs`, for the entries another process writes (the worker lifting an embargo).
 */
export type ChangeNotifier = {
  /** The change log may have moved (an entry was just written, perhaps not yet committed). */
  hint: () => void
  /**
   * Resolves `true` once the head differs from `head` (the head the caller read before its
   * empty read), `false` when `timeoutMs` passes or `signal` aborts first.
   */
  waitForChange: (args: {
    head: string
    timeoutMs: number
    signal?: AbortSignal | null
  }) => Promise<boolean>
  /** Waiters held now. */
  waiting: () => number
}

export type ChangeNotifierOptions = {
  /** Reads the newest entry's id. */
  readHead: () => Promise<string>
  /** Reports a failed reading; the next reading tries again. */
  onError?: (error: unknown) => void
  /**
   * How often the head is read while anyone waits, for changes of other processes.
   * @default 2000
   */
  pollMs?: number
  /**
   * When the head is read after a hint: a writer hints inside its transaction, so the entry
   * becomes visible some milliseconds later, when it commits.
   * @default [0, 20, 60, 150, 400, 1000]
   */
  hintDelaysMs?: number[]
}

/** Creates a notifier; nothing runs until someone waits. */
export function createChangeNotifier({
  readHead,
  onError = () => undefined,
  pollMs = 2000,
  hintDelaysMs = [0, 20, 60, 150, 400, 1000],
}: ChangeNotifierOptions): ChangeNotifier {
  type Waiter = { head: string; wake: (changed: boolean) => void }
  const waiters = new Set<Waiter>()
  let poll: ReturnType<typeof setInterval> | null = null
  let hintTimers: Array<ReturnType<typeof setTimeout>> = []
  let reading: Promise<void> | null = null
  let readAgain = false

  const stopTimers = () => {
    if (poll) clearInterval(poll)
    poll = null
    for (const timer of hintTimers) clearTimeout(timer)
    hintTimers = []
  }

  // One reading at a time; a request for another while one runs is served by one more after it.
  const check = (): void => {
    if (waiters.size === 0) return
    if (reading) {
      readAgain = true
      return
    }
    reading = readHead()
      .then(
        (head) => {
          for (const waiter of waiters) if (waiter.head !== head) waiter.wake(true)
        },
        (error: unknown) => onError(error),
      )
      .finally(() => {
        reading = null
        if (readAgain) {
          readAgain = false
          check()
        }
      })
  }

  return {
    hint: () => {
      if (waiters.size === 0) return
      for (const timer of hintTimers) clearTimeout(timer)
      hintTimers = hintDelaysMs.map((delay) => setTimeout(check, delay))
    },
    waitForChange: ({ head, timeoutMs, signal }) =>
      new Promise<boolean>((resolve) => {
        if (signal?.aborted) {
          resolve(false)
          return
        }
        const waiter: Waiter = {
          head,
          wake: (changed) => {
            if (!waiters.delete(waiter)) return
            clearTimeout(deadline)
            signal?.removeEventListener('abort', onAbort)
            if (waiters.size === 0) stopTimers()
            resolve(changed)
          },
        }
        const onAbort = () => waiter.wake(false)
        const deadline = setTimeout(() => waiter.wake(false), timeoutMs)
        signal?.addEventListener('abort', onAbort, { once: true })
        waiters.add(waiter)
        poll ??= setInterval(check, pollMs)
      }),
    waiting: () => waiters.size,
  }
}

const notifiers = new WeakMap<Payload, ChangeNotifier>()

/** The notifier of one Payload instance (one per process in the app; one per test app). */
export function changeNotifierFor({ payload }: { payload: Payload }): ChangeNotifier {
  let notifier = notifiers.get(payload)
  if (!notifier) {
    notifier = createChangeNotifier({
      // A writer hints inside its transaction, and the hint's timers inherit its async context:
      // read the head as an outsider, so only committed entries count.
      readHead: () => outsideTransactions(() => changeLogHead({ payload })),
      onError: (err) => payload.logger.error({ msg: 'Reading the change-log head failed', err }),
    })
    notifiers.set(payload, notifier)
  }
  return notifier
}
