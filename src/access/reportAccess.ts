import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { requesterOf } from './requester'
import { hasRole, seesAllAgencies } from './roles'

type RequestUser = PayloadRequest['user']

/**
 * Who reaches the periodic reports (collections/Reports, Điều 27). Department managers and
 * admins reach every report, the consolidated ones included; an agency's staff reach their own
 * agency's reports only; nobody else any. Writing is for the agency's publishers and
 * contributors while a report is a draft: once submitted it is read-only to them, and only the
 * Sở may reopen it.
 */
export const canReadReports: Access = ({ req: { user } }) => {
  if (seesAllAgencies({ user })) return true
  const agencyId = ownAgency({ user })
  if (agencyId === null) return false
  return ownAgencyReports({ agencyId })
}

/** Writers of an agency (publishers and contributors), and the Sở. */
export const canCreateReports: Access = ({ req: { user } }) =>
  seesAllAgencies({ user }) || (isReportWriter({ user }) && ownAgency({ user }) !== null)

/** The Sở any report; an agency's writers their own agency's drafts. */
export const canUpdateReports: Access = ({ req: { user } }) => {
  if (seesAllAgencies({ user })) return true
  const agencyId = ownAgency({ user })
  if (!isReportWriter({ user }) || agencyId === null) return false
  return { and: [ownAgencyReports({ agencyId }), { status: { equals: 'draft' } }] }
}

/** Admins any report; department managers and an agency's publishers drafts only (theirs). */
export const canDeleteReports: Access = ({ req: { user } }) => {
  if (hasRole({ user, role: 'admin' })) return true
  const drafts: Where = { status: { equals: 'draft' } }
  if (seesAllAgencies({ user })) return drafts
  const agencyId = ownAgency({ user })
  if (!hasRole({ user, role: 'publisher' }) || agencyId === null) return false
  return { and: [ownAgencyReports({ agencyId }), drafts] }
}

/** Submitting (the status) is the publisher's decision, or the Sở's (which may also reopen). */
export const canSetReportStatus: FieldAccess = ({ req: { user } }) =>
  seesAllAgencies({ user }) || hasRole({ user, role: 'publisher' })

/** The kind of report and whose it is are the Sở's to choose; an agency writes its own. */
export const isReportOverseer: FieldAccess = ({ req: { user } }) => seesAllAgencies({ user })

/** Fields only the system writes (the frozen figures, the submission stamp). */
export const systemOnly: FieldAccess = () => false

/** The requester's own agency, or null for one without (or not staff). */
export function ownAgency({ user }: { user: RequestUser }): number | string | null {
  const requester = requesterOf({ user, now: new Date() })
  return requester.kind === 'staff' ? requester.agencyId : null
}

function isReportWriter({ user }: { user: RequestUser }): boolean {
  return hasRole({ user, role: 'publisher' }) || hasRole({ user, role: 'contributor' })
}

function ownAgencyReports({ agencyId }: { agencyId: number | string }): Where {
  return { and: [{ kind: { equals: 'agency' } }, { agency: { equals: agencyId } }] }
}
