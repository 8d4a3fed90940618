import type { StatisticsPeriod } from './statisticsTypes'

/**
 * The reporting cycles of the regulation (Điều 27 of the Đồng Nai draft): a 6-month and an
 * annual report from every agency to the Sở, then the Sở's consolidated report to the province
 * and the ministry. Dates differ from province to province, so they are settings (the Settings
 * global's `reporting` group); this module only does the calendar arithmetic.
 */

/** The two periodic reports. */
export const REPORT_CYCLES = ['half-year', 'annual'] as const

export type ReportCycle = (typeof REPORT_CYCLES)[number]

/** Who a deadline binds: the agencies (to the Sở) or the Sở (to the province). */
export type ReportAudience = 'agency' | 'department'

/** A day of the year as Vietnamese staff write it: `DD/MM` (`15/05`). */
export type DayOfYear = string

/** Each cycle's deadline, for the agencies and for the Sở. */
export type ReportingCalendar = Record<ReportAudience, Record<ReportCycle, DayOfYear>>

/**
 * The Đồng Nai draft (Điều 27): agencies before 15 May and 15 November, the Sở's consolidated
 * report before 10 June and 20 December.
 */
export const DEFAULT_REPORTING_CALENDAR: ReportingCalendar = {
  agency: { 'half-year': '15/05', annual: '15/11' },
  department: { 'half-year': '10/06', annual: '20/12' },
}

/** One cycle of one year, e.g. the 6-month report of 2026. */
export type CycleOfYear = { cycle: ReportCycle; year: number }

/** Whether `value` is a real day of the year written `DD/MM` (29/02 is refused: not every year has it). */
export function isDayOfYear(value: unknown): value is DayOfYear {
  if (typeof value !== 'string') return false
  const match = /^(\d{2})\/(\d{2})$/.exec(value)
  if (!match) return false
  const [day, month] = [Number(match[1]), Number(match[2])]
  if (month < 1 || month > 12 || day < 1) return false
  // A common year: the deadline must exist every year.
  return day <= new Date(Date.UTC(2025, month, 0)).getUTCDate()
}

/**
 * The days a cycle's figures cover by default: the first six months for the 6-month report,
 * the calendar year for the annual one. A report may state other days (some provinces count
 * from 15 December); this is only where it starts.
 */
export function cyclePeriod({ cycle, year }: CycleOfYear): StatisticsPeriod {
  return { from: `${year}-01-01`, to: cycle === 'half-year' ? `${year}-06-30` : `${year}-12-31` }
}

/** The deadline (`YYYY-MM-DD`) of a cycle for `audience`, from the calendar. */
export function cycleDeadline({
  calendar,
  audience,
  cycle,
  year,
}: CycleOfYear & { calendar: ReportingCalendar; audience: ReportAudience }): string {
  const [day, month] = calendar[audience][cycle].split('/')
  return `${year}-${month}-${day}`
}

/**
 * The cycles whose deadline for `audience` falls exactly `offsetDays` after `today` (both
 * `YYYY-MM-DD`), for each offset: what a daily reminder run announces on that day.
 */
export function cyclesDueIn({
  calendar,
  audience,
  today,
  offsetDays,
}: {
  calendar: ReportingCalendar
  audience: ReportAudience
  today: string
  offsetDays: readonly number[]
}): (CycleOfYear & { deadline: string; offsetDays: number })[] {
  const year = Number(today.slice(0, 4))
  const due: (CycleOfYear & { deadline: string; offsetDays: number })[] = []
  // An offset can reach into next year (a reminder in late December for a January deadline).
  for (const candidateYear of [year, year + 1]) {
    for (const cycle of REPORT_CYCLES) {
      const deadline = cycleDeadline({ calendar, audience, cycle, year: candidateYear })
      const offset = daysBetween({ from: today, to: deadline })
      if (offsetDays.includes(offset))
        due.push({ cycle, year: candidateYear, deadline, offsetDays: offset })
    }
  }
  return due
}

/**
 * For each cycle, its latest deadline for `audience` already passed (before `today`), latest
 * first: the reports an agency may be overdue with. An older year's report of the same cycle
 * is no longer chased.
 */
export function cyclesPastDeadline({
  calendar,
  audience,
  today,
}: {
  calendar: ReportingCalendar
  audience: ReportAudience
  today: string
}): (CycleOfYear & { deadline: string })[] {
  const year = Number(today.slice(0, 4))
  return REPORT_CYCLES.map((cycle) => {
    const thisYear = cycleDeadline({ calendar, audience, cycle, year })
    const latestYear = thisYear < today ? year : year - 1
    return {
      cycle,
      year: latestYear,
      deadline: cycleDeadline({ calendar, audience, cycle, year: latestYear }),
    }
  }).sort((a, b) => b.deadline.localeCompare(a.deadline))
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween({ from, to }: { from: string; to: string }): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The report's subject line under “BÁO CÁO”: “Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2026”. */
export function reportSubject({ cycle, year }: CycleOfYear): string {
  const span = cycle === 'half-year' ? `6 tháng đầu năm ${year}` : `năm ${year}`
  return `Kết quả công tác thông tin đối ngoại ${span}`
}
