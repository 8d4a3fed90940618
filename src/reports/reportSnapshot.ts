import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { computeStatistics } from './computeStatistics'
import type { ReportCycle } from './reportCycles'
import { readReportingSettings } from './reportingSettings'
import type { Statistics, StatisticsAgency, StatisticsPeriod } from './statisticsTypes'

/** The sections an agency (or the Sở) writes in its report (Điều 27). */
export const NARRATIVE_SECTIONS = ['results', 'limitations', 'directions', 'proposals'] as const

export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number]

export type Narrative = Record<NarrativeSection, string>

/** One focal point of an agency (Điều 23.8), as printed. */
export type FocalPoint = { name: string; position: string; email: string; phone: string }

/** An agency's report as the consolidated report quotes it. */
export type QuotedAgencyReport = {
  agency: StatisticsAgency
  status: 'draft' | 'submitted'
  submittedAt: string | null
  narrative: Narrative
}

/**
 * What a report keeps of the database when it is generated, so that a later edit of an item
 * changes nothing in it: the statistics of its period, the agencies' focal points, and for the
 * consolidated report the agencies' own reports of the cycle and those not yet submitted.
 */
export type ReportSnapshot = {
  statistics: Statistics
  focalPoints: { agency: StatisticsAgency; leader: FocalPoint; officer: FocalPoint }[]
  /** Consolidated report only: every agency report of the cycle, submitted or still a draft. */
  agencyReports: QuotedAgencyReport[]
  /** Consolidated report only: the agencies with no submitted report for the cycle. */
  notSubmitted: StatisticsAgency[]
}

/** Which report a snapshot is for. */
export type SnapshotSubject = {
  kind: 'agency' | 'consolidated'
  /** The agency writing the report (for the consolidated one, the Sở; may be absent). */
  agencyId: number | string | null
  cycle: ReportCycle
  year: number
  period: StatisticsPeriod
}

/**
 * Computes a report's snapshot now. Read by the system (access off): who may see the report
 * was decided by the report's own access rules, and the consolidated report must see every
 * agency whatever the Sở's writer could.
 */
export async function buildReportSnapshot({
  payload,
  req,
  subject,
}: {
  payload: Payload
  req: PayloadRequest
  subject: SnapshotSubject
}): Promise<ReportSnapshot> {
  const agencyCode =
    subject.kind === 'agency' && subject.agencyId !== null
      ? await agencyCodeOf({ payload, req, id: subject.agencyId })
      : undefined
  const statistics = await computeStatistics({
    payload,
    req,
    from: subject.period.from,
    to: subject.period.to,
    ...(agencyCode === undefined ? {} : { agencyCode }),
    overrideAccess: true,
  })
  const agencyIds = statistics.agencies.map(({ agency }) => agency.id)
  const focalPoints = await readFocalPoints({ payload, req, agencyIds })
  if (subject.kind === 'agency')
    return { statistics, focalPoints, agencyReports: [], notSubmitted: [] }

  const agencyReports = await readAgencyReports({ payload, req, subject, statistics })
  const submitted = new Set(
    agencyReports
      .filter((report) => report.status === 'submitted')
      .map(({ agency }) => String(agency.id)),
  )
  // The Sở writes this report; it sends no agency report to itself.
  const { managingAgencyId } = await readReportingSettings({ payload, req })
  const exempt = new Set([String(subject.agencyId ?? ''), String(managingAgencyId ?? '')])
  const notSubmitted = statistics.agencies
    .map(({ agency }) => agency)
    .filter((agency) => !submitted.has(String(agency.id)) && !exempt.has(String(agency.id)))
  return { statistics, focalPoints, agencyReports, notSubmitted }
}

async function agencyCodeOf({
  payload,
  req,
  id,
}: {
  payload: Payload
  req: PayloadRequest
  id: number | string
}): Promise<string> {
  const agency = await payload.findByID({
    collection: slugs.agencies,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return agency.code
}

async function readFocalPoints({
  payload,
  req,
  agencyIds,
}: {
  payload: Payload
  req: PayloadRequest
  agencyIds: (number | string)[]
}): Promise<ReportSnapshot['focalPoints']> {
  if (agencyIds.length === 0) return []
  const { docs } = await payload.find({
    collection: slugs.agencies,
    where: { id: { in: agencyIds } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((agency) => {
    const points = (
      agency as {
        focalPoints?: {
          leader?: Partial<FocalPoint> | null
          officer?: Partial<FocalPoint> | null
        } | null
      }
    ).focalPoints
    return {
      agency: { id: agency.id, code: agency.code, name: agency.name },
      leader: focalPoint(points?.leader),
      officer: focalPoint(points?.officer),
    }
  })
}

function focalPoint(
  value: Partial<Record<keyof FocalPoint, string | null>> | null | undefined,
): FocalPoint {
  return {
    name: value?.name ?? '',
    position: value?.position ?? '',
    email: value?.email ?? '',
    phone: value?.phone ?? '',
  }
}

async function readAgencyReports({
  payload,
  req,
  subject,
  statistics,
}: {
  payload: Payload
  req: PayloadRequest
  subject: SnapshotSubject
  statistics: Statistics
}): Promise<QuotedAgencyReport[]> {
  const where: Where = {
    and: [
      { kind: { equals: 'agency' } },
      { cycle: { equals: subject.cycle } },
      { year: { equals: subject.year } },
    ],
  }
  const { docs } = await payload.find({
    collection: slugs.reports,
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const agencies = new Map(statistics.agencies.map(({ agency }) => [String(agency.id), agency]))
  return docs.flatMap((report): QuotedAgencyReport[] => {
    const agency = agencies.get(String(relationId(report.agency)))
    if (!agency) return []
    return [
      {
        agency,
        status: report.status === 'submitted' ? 'submitted' : 'draft',
        submittedAt: report.submittedAt ?? null,
        narrative: narrativeOf({ report }),
      },
    ]
  })
}

/** The narrative sections of a stored report, empty ones as empty text. */
export function narrativeOf({
  report,
}: {
  report: Partial<Record<NarrativeSection, string | null>>
}): Narrative {
  return Object.fromEntries(
    NARRATIVE_SECTIONS.map((section) => [section, report[section] ?? '']),
  ) as Narrative
}
