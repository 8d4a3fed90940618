import type { Payload, PayloadRequest } from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { renderMessage } from '../email/renderMessage'
import { getEnv } from '../env'
import { translate } from '../i18n'
import { isLocale, type Locale } from '../i18n/locales'
import { provinceDay } from './period'
import { cyclesDueIn, cyclesPastDeadline, type CycleOfYear, type ReportCycle } from './reportCycles'
import { readReportingSettings } from './reportingSettings'
import type { StatisticsAgency } from './statisticsTypes'

/** An agency behind with a cycle's report: none written, or a draft not submitted. */
export type OverdueAgency = StatisticsAgency & { reportId: number | string | null }

/** One cycle whose agency deadline has passed, with the agencies that have not submitted. */
export type OverdueCycle = CycleOfYear & { deadline: string; agencies: OverdueAgency[] }

/**
 * The agencies overdue with their periodic report: for each cycle whose agency deadline passed
 * in the last year (settings' calendar), latest first, every agency without a submitted report
 * of that cycle — the Sở (the managing agency) excepted, which writes the consolidated report.
 * Read by the system: the department managers' page shows it, and every agency is in it.
 */
export async function overdueReports({
  payload,
  req,
  now,
}: {
  payload: Payload
  req?: PayloadRequest
  now: Date
}): Promise<OverdueCycle[]> {
  const settings = await readReportingSettings({ payload, req })
  const cycles = cyclesPastDeadline({
    calendar: settings.calendar,
    audience: 'agency',
    today: provinceDay({ at: now }),
  })
  if (cycles.length === 0) return []
  const agencies = (await allAgencies({ payload, req })).filter(
    (agency) => String(agency.id) !== String(settings.managingAgencyId ?? ''),
  )
  const overdue: OverdueCycle[] = []
  for (const cycle of cycles) {
    const reports = await agencyReportsOf({ payload, req, cycle })
    overdue.push({
      ...cycle,
      agencies: agencies.flatMap((agency): OverdueAgency[] => {
        const report = reports.get(String(agency.id))
        if (report?.status === 'submitted') return []
        return [
          { id: agency.id, code: agency.code, name: agency.name, reportId: report?.id ?? null },
        ]
      }),
    })
  }
  return overdue
}

/**
 * The daily reminder run: for each agency cycle whose deadline is exactly one of the configured
 * offsets away (`REPORT_REMINDER_DAYS`, e.g. 7 and 1 days before), e-mails the leader and the
 * officer of every agency that has not submitted yet (collections/Agencies focal points), in
 * the language each chose (Vietnamese by default). Each reminder is recorded before it is sent
 * (collections/ReportReminders, unique per cycle, offset and recipient), so a second run the
 * same day, another process, or a retry never mails anyone twice; a send that fails gives its
 * record back so the retry sends it.
 */
export async function sendReportReminders({
  payload,
  now,
  offsetDays = getEnv().reportReminderDays,
}: {
  payload: Payload
  now: Date
  offsetDays?: readonly number[]
}): Promise<{ sent: number; failed: number }> {
  const settings = await readReportingSettings({ payload })
  const due = cyclesDueIn({
    calendar: settings.calendar,
    audience: 'agency',
    today: provinceDay({ at: now }),
    offsetDays,
  })
  if (due.length === 0) return { sent: 0, failed: 0 }
  const agencies = (await allAgencies({ payload })).filter(
    (agency) => String(agency.id) !== String(settings.managingAgencyId ?? ''),
  )
  let sent = 0
  let failed = 0
  for (const cycle of due) {
    const reports = await agencyReportsOf({ payload, cycle })
    for (const agency of agencies) {
      if (reports.get(String(agency.id))?.status === 'submitted') continue
      for (const recipient of focalRecipients({ agency })) {
        const outcome = await remindOnce({ payload, agency, cycle, recipient })
        if (outcome === 'sent') sent += 1
        if (outcome === 'failed') failed += 1
      }
    }
  }
  return { sent, failed }
}

type AgencyRow = StatisticsAgency & {
  focalPoints?: Record<'leader' | 'officer', FocalContact | null | undefined> | null
}

type FocalContact = { name?: string | null; email?: string | null; language?: string | null }

type Recipient = { name: string; email: string; locale: Locale }

async function allAgencies({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<AgencyRow[]> {
  const { docs } = await payload.find({
    collection: slugs.agencies,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs as unknown as AgencyRow[]
}

/** The agency reports of one cycle, by agency id. */
async function agencyReportsOf({
  payload,
  req,
  cycle,
}: {
  payload: Payload
  req?: PayloadRequest
  cycle: CycleOfYear
}): Promise<Map<string, { id: number | string; status: string }>> {
  const { docs } = await payload.find({
    collection: slugs.reports,
    where: {
      and: [
        { kind: { equals: 'agency' } },
        { cycle: { equals: cycle.cycle } },
        { year: { equals: cycle.year } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return new Map(
    docs.map((report) => [
      String(relationId(report.agency)),
      { id: report.id, status: String(report.status) },
    ]),
  )
}

function focalRecipients({ agency }: { agency: AgencyRow }): Recipient[] {
  const seen = new Set<string>()
  return (['leader', 'officer'] as const).flatMap((role): Recipient[] => {
    const contact = agency.focalPoints?.[role]
    const email = contact?.email?.trim().toLowerCase()
    if (!email || seen.has(email)) return []
    seen.add(email)
    return [
      {
        name: contact?.name ?? '',
        email,
        locale: isLocale(contact?.language) ? contact.language : 'vi',
      },
    ]
  })
}

async function remindOnce({
  payload,
  agency,
  cycle,
  recipient,
}: {
  payload: Payload
  agency: AgencyRow
  cycle: CycleOfYear & { deadline: string; offsetDays: number }
  recipient: Recipient
}): Promise<'sent' | 'skipped' | 'failed'> {
  const key = `${cycle.cycle}:${cycle.year}:${cycle.offsetDays}:${String(agency.id)}:${recipient.email}`
  const claim = await claimReminder({ payload, key, agency, cycle, recipient })
  if (claim === null) return 'skipped'
  try {
    await payload.sendEmail({
      to: recipient.email,
      ...reminderMessage({ agency, cycle, recipient }),
    })
    return 'sent'
  } catch (error) {
    payload.logger.error({ msg: `Could not send the report reminder ${key}`, err: error })
    await payload.delete({
      collection: internalSlugs.reportReminders,
      id: claim,
      overrideAccess: true,
    })
    return 'failed'
  }
}

/** Records the reminder unless it already was; the record's id, or null when already sent. */
async function claimReminder({
  payload,
  key,
  agency,
  cycle,
  recipient,
}: {
  payload: Payload
  key: string
  agency: AgencyRow
  cycle: CycleOfYear & { offsetDays: number }
  recipient: Recipient
}): Promise<number | string | null> {
  const existing = await payload.count({
    collection: internalSlugs.reportReminders,
    where: { key: { equals: key } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return null
  try {
    const record = await payload.create({
      collection: internalSlugs.reportReminders,
      data: {
        key,
        agency: agency.id,
        cycle: cycle.cycle,
        year: cycle.year,
        offsetDays: cycle.offsetDays,
        recipient: recipient.email,
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    return record.id
  } catch (error) {
    // The unique key: another run recorded it between the count and the create.
    payload.logger.warn({ msg: `Report reminder ${key} already recorded`, err: error })
    return null
  }
}

function reminderMessage({
  agency,
  cycle,
  recipient,
}: {
  agency: AgencyRow
  cycle: CycleOfYear & { deadline: string; offsetDays: number }
  recipient: Recipient
}): { subject: string; text: string; html: string } {
  const [year, month, day] = cycle.deadline.split('-')
  return renderMessage({
    locale: recipient.locale,
    subjectKey: 'reports.reminderSubject',
    bodyKey: 'reports.reminderBody',
    params: {
      name: recipient.name,
      agency: agency.name,
      report: cycleName({ locale: recipient.locale, cycle: cycle.cycle, year: cycle.year }),
      deadline: `${day}/${month}/${year}`,
      days: String(cycle.offsetDays),
      url: `${getEnv().publicUrl}/admin/collections/${slugs.reports}`,
    },
  })
}

/** “the 6-month report 2026” in `locale`. */
export function cycleName({
  locale,
  cycle,
  year,
}: {
  locale: Locale
  cycle: ReportCycle
  year: number
}): string {
  return translate({
    locale,
    key: cycle === 'half-year' ? 'reports.halfYearReport' : 'reports.annualReport',
    params: { year },
  })
}
