import type { MessageKey } from '../i18n'

/** The times of an item's embargo, as stored (ISO text) or sent (text or Date). */
export type EmbargoTimes = {
  embargoUntil?: unknown
  pressReleaseAt?: unknown
}

/**
 * What is wrong with an item's embargo times, as the catalogue key of the message the editor
 * reads, or null when nothing is: a press release time needs an embargo (`embargoUntil`, the
 * public release) and must come strictly before it — otherwise the press would gain nothing, or
 * read the item after the public.
 */
export function embargoWindowProblem({
  embargoUntil,
  pressReleaseAt,
}: EmbargoTimes): MessageKey | null {
  const press = timeOf(pressReleaseAt)
  if (press === null) return null
  const publicTime = timeOf(embargoUntil)
  if (publicTime === null) return 'embargo.pressReleaseNeedsEmbargo'
  return press < publicTime ? null : 'embargo.pressReleaseNotBeforeEmbargo'
}

/**
 * The markers the jobs queue set for the times stored before (`original`) that a save with
 * `next` times makes stale, cleared so that the sweep sets them again at the new times: a new
 * public time is a new embargo (`embargoLiftedAt`); a new public or press time opens press
 * access anew (`pressAccessOpenedAt`).
 */
export function staleEmbargoMarkers({
  original,
  next,
}: {
  original: EmbargoTimes | undefined
  next: EmbargoTimes
}): Array<'embargoLiftedAt' | 'pressAccessOpenedAt'> {
  const isChanged = (field: keyof EmbargoTimes) =>
    field in next && timeOf(next[field]) !== timeOf(original?.[field])
  const markers: Array<'embargoLiftedAt' | 'pressAccessOpenedAt'> = []
  if (isChanged('embargoUntil')) markers.push('embargoLiftedAt')
  if (isChanged('embargoUntil') || isChanged('pressReleaseAt')) markers.push('pressAccessOpenedAt')
  return markers
}

/**
 * Whether an embargo ending at `embargoUntil` (ISO text, or none) still holds at `now`: the
 * library then tells its reader — an accredited journalist in the press window, or staff —
 * when the public release is, on the item's page, its search card and its downloaded file.
 */
export function isStillEmbargoed({
  embargoUntil,
  now,
}: {
  embargoUntil: unknown
  now: Date
}): boolean {
  const until = timeOf(embargoUntil)
  return until !== null && until > now.getTime()
}

/** A date as epoch milliseconds, null for none or an unreadable one. */
function timeOf(value: unknown): number | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}
