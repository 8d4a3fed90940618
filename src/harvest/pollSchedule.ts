/** The shortest poll interval an agency may set: portals are not to be hammered. */
export const MIN_POLL_INTERVAL_MINUTES = 15

/**
 * When a feed is polled next: one interval after a poll that went well (or answered 304);
 * after failures in a row, the interval doubled once per failure, never longer than
 * `maxBackoffMs` — a portal that is down is asked less and less often, and a feed that was
 * broken for a day is tried again daily until someone fixes or deactivates it.
 */
export function nextPollAt({
  now,
  intervalMinutes,
  consecutiveFailures,
  maxBackoffMs,
}: {
  now: Date
  intervalMinutes: number
  consecutiveFailures: number
  maxBackoffMs: number
}): Date {
  const intervalMs = Math.max(intervalMinutes, MIN_POLL_INTERVAL_MINUTES) * 60_000
  // 2^30 intervals is centuries: far past any cap, and safe from overflow.
  const factor = 2 ** Math.min(Math.max(consecutiveFailures, 0), 30)
  const delayMs = consecutiveFailures > 0 ? Math.min(intervalMs * factor, maxBackoffMs) : intervalMs
  return new Date(now.getTime() + Math.max(delayMs, intervalMs))
}
