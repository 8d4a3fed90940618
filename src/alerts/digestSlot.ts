import { Cron } from 'croner'

/**
 * The latest time the digest schedule (`ALERT_DIGEST_SCHEDULE` on the clock of
 * `ALERT_DIGEST_TIME_ZONE`) fell due at or before `now`, or null when it never did. The digest
 * job looks every minute and sends what is due for this slot: a run that was missed (the server
 * was down at 07:00) still sends the day's digest when it comes back, and a second run for the
 * same slot finds nothing due.
 */
export function latestDigestSlot({
  schedule,
  timeZone,
  now,
}: {
  schedule: string
  timeZone: string
  now: Date
}): Date | null {
  const cron = new Cron(schedule, { paused: true, timezone: timeZone })
  // Croner's previous runs are strictly before the reference: a second later counts `now` in.
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1000))
  return latest ?? null
}
