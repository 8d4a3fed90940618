/** How many archives of each period the scheduled backup keeps. */
export type RetentionPolicy = { daily: number; weekly: number; monthly: number }

/** An archive of the backup folder and when it was made. */
export type DatedArchive = { name: string; createdAt: Date }

/**
 * Which archives to keep and which to delete, grandfather-father-son: the newest archive of each
 * of the last `daily` days, `weekly` ISO weeks and `monthly` months that have one (periods in
 * UTC), and always the newest archive of all. Periods count only when they hold an archive, so
 * nights without a backup (a server that was down) never make older copies expire sooner.
 * Archives dated after `now` (a clock set wrong) are kept and count for nothing.
 */
export function selectArchivesToKeep({
  archives,
  now,
  policy,
}: {
  archives: DatedArchive[]
  now: Date
  policy: RetentionPolicy
}): { keep: string[]; remove: string[] } {
  const past = archives
    .filter((archive) => archive.createdAt.getTime() <= now.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const keep = new Set<string>(
    archives
      .filter((archive) => archive.createdAt.getTime() > now.getTime())
      .map((archive) => archive.name),
  )
  if (past[0]) keep.add(past[0].name)
  for (const [periodOf, count] of [
    [dayOf, policy.daily],
    [isoWeekOf, policy.weekly],
    [monthOf, policy.monthly],
  ] as const) {
    const seen = new Set<string>()
    for (const archive of past) {
      if (seen.size >= count) break
      const period = periodOf(archive.createdAt)
      if (seen.has(period)) continue
      // Newest first: the first archive of a period is its newest.
      seen.add(period)
      keep.add(archive.name)
    }
  }
  return {
    keep: archives.filter((archive) => keep.has(archive.name)).map((archive) => archive.name),
    remove: archives.filter((archive) => !keep.has(archive.name)).map((archive) => archive.name),
  }
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7)
}

/** `YYYY-Www` of the ISO week (Monday to Sunday; week 1 holds the year's first Thursday). */
function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  // The Thursday of this week decides its year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
