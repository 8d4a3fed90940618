import { ADMIN_TIME_ZONE } from '../admin/labels'

/**
 * Days of the province: statistics count whole days from midnight to midnight in the
 * province's time zone (Asia/Ho_Chi_Minh, UTC+7 all year), not in UTC, so an item published at
 * 06:00 local time on 1 January belongs to January, and page views are counted per local day.
 */

/** The instants a period of days covers: from its first midnight, up to (not including) the midnight after its last day. */
export type PeriodInstants = {
  /** ISO 8601 in UTC, as Payload stores dates: the first instant of `from`. */
  start: string
  /** ISO 8601 in UTC: the first instant after `to`. */
  end: string
}

/** The province's day (`YYYY-MM-DD`) an instant falls on. */
export function provinceDay({ at }: { at: Date }): string {
  return DAY_FORMAT.format(at)
}

/** The instants of the days `from` to `to` (both `YYYY-MM-DD`, both included). */
export function periodInstants({ from, to }: { from: string; to: string }): PeriodInstants {
  return {
    start: new Date(Date.parse(`${from}T00:00:00${OFFSET}`)).toISOString(),
    end: new Date(Date.parse(`${to}T00:00:00${OFFSET}`) + DAY_MS).toISOString(),
  }
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

// Vietnam has kept UTC+7 without daylight saving since 1975; the offset is fixed.
const OFFSET = '+07:00'
const DAY_MS = 86_400_000

// `en-CA` writes dates as YYYY-MM-DD.
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: ADMIN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
