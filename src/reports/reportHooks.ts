import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { ownAgency } from '../access/reportAccess'
import { relationId } from '../access/requester'
import { seesAllAgencies } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { isCalendarDay } from './period'
import { cyclePeriod, REPORT_CYCLES, reportSubject, type ReportCycle } from './reportCycles'
import { buildReportSnapshot, type ReportSnapshot } from './reportSnapshot'

/** A stored report, as the hooks, the downloads and the reminders read it. */
export type ReportDoc = {
  id: number | string
  title?: string | null
  kind: 'agency' | 'consolidated'
  agency?: unknown
  cycle: ReportCycle
  year: number
  periodFrom?: string | null
  periodTo?: string | null
  documentNumber?: string | null
  status: 'draft' | 'submitted'
  results?: string | null
  limitations?: string | null
  proposals?: string | null
  directions?: string | null
  signerTitle?: string | null
  signerName?: string | null
  figures?: ReportSnapshot | null
  generatedAt?: string | null
  submittedAt?: string | null
  submittedBy?: unknown
}

/**
 * Before a report is saved: an agency's writer writes for their own agency only; one report per
 * agency, kind, cycle and year; the period defaults to the cycle's. While the report is a draft
 * its figures are computed afresh on every save, the last time on submission; once submitted
 * they, the period and the submission stamp are frozen, so a later edit of an item changes
 * nothing in what the agency sent (only the Sở may reopen it, and then it is a draft again).
 */
export const prepareReport: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const previous = originalDoc as ReportDoc | undefined
  const next = { ...previous, ...data } as ReportDoc
  const agencyId = assignAgency({ req, next, previous, operation })
  next.agency = agencyId
  // Payload's own validation names a missing cycle or year; nothing to compute without them.
  if (!REPORT_CYCLES.includes(next.cycle) || typeof next.year !== 'number') return data
  if (next.kind !== 'consolidated' && agencyId === null)
    throw translatedError({ req, status: 400, key: 'reports.agencyRequired' })
  await refuseDuplicate({ req, next, agencyId })

  if (previous?.status === 'submitted' && next.status === 'submitted') {
    // Frozen: only the wording around the figures may still be corrected by the Sở.
    return {
      ...data,
      agency: agencyId,
      figures: previous.figures,
      generatedAt: previous.generatedAt,
      periodFrom: previous.periodFrom,
      periodTo: previous.periodTo,
      submittedAt: previous.submittedAt,
      submittedBy: relationId(previous.submittedBy),
    }
  }
  const period = reportPeriod({ req, next })
  const figures = await buildReportSnapshot({
    payload: req.payload,
    req,
    subject: { kind: next.kind, agencyId, cycle: next.cycle, year: next.year, period },
  })
  const isSubmitting = next.status === 'submitted'
  return {
    ...data,
    agency: agencyId,
    title: await reportTitle({ req, next, agencyId }),
    periodFrom: period.from,
    periodTo: period.to,
    figures,
    generatedAt: figures.statistics.generatedAt,
    submittedAt: isSubmitting ? new Date().toISOString() : null,
    submittedBy: isSubmitting && req.user ? req.user.id : null,
  }
}

/** The agency a report is for: the writer's own, unless the Sở writes (any agency, or none). */
function assignAgency({
  req,
  next,
  previous,
  operation,
}: {
  req: PayloadRequest
  next: ReportDoc
  previous: ReportDoc | undefined
  operation: 'create' | 'update'
}): number | string | null {
  const requested = relationId(next.agency)
  // The system (a job, a seed) and the Sở choose freely.
  if (!req.user || seesAllAgencies({ user: req.user })) return requested
  const own = ownAgency({ user: req.user })
  if (operation === 'update' && previous) return relationId(previous.agency)
  if (own === null || (requested !== null && String(requested) !== String(own)))
    throw translatedError({ req, status: 403, key: 'access.agencyNotOwn' })
  return own
}

async function refuseDuplicate({
  req,
  next,
  agencyId,
}: {
  req: PayloadRequest
  next: ReportDoc
  agencyId: number | string | null
}): Promise<void> {
  const { totalDocs } = await req.payload.count({
    collection: slugs.reports,
    where: {
      and: [
        { kind: { equals: next.kind } },
        { cycle: { equals: next.cycle } },
        { year: { equals: next.year } },
        agencyId === null ? { agency: { exists: false } } : { agency: { equals: agencyId } },
        ...(next.id === undefined ? [] : [{ id: { not_equals: next.id } }]),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw translatedError({ req, status: 409, key: 'reports.duplicate' })
}

function reportPeriod({ req, next }: { req: PayloadRequest; next: ReportDoc }): {
  from: string
  to: string
} {
  const fallback = cyclePeriod({ cycle: next.cycle, year: next.year })
  const from = next.periodFrom || fallback.from
  const to = next.periodTo || fallback.to
  if (!isCalendarDay(from) || !isCalendarDay(to) || from > to)
    throw translatedError({ req, status: 400, key: 'reports.invalidPeriod' })
  return { from, to }
}

async function reportTitle({
  req,
  next,
  agencyId,
}: {
  req: PayloadRequest
  next: ReportDoc
  agencyId: number | string | null
}): Promise<string> {
  const subject = reportSubject({ cycle: next.cycle, year: next.year })
  if (next.kind === 'consolidated') return `Báo cáo tổng hợp: ${subject}`
  if (agencyId === null) return subject
  const agency = await req.payload.findByID({
    collection: slugs.agencies,
    id: agencyId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return `${agency.name}: ${subject}`
}
