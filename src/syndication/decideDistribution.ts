import type { PayloadRequest } from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { recordAudit } from '../audit/recordAudit'
import { staffMessage } from '../email/staffMessage'
import { getEnv } from '../env'
import { nullWhenNotFound } from '../errors/notFound'
import { translatedError } from '../errors/translatedError'
import { LOCALE_LABELS } from '../i18n/locales'
import { recordTimelineEntry } from '../workflow/recordTimelineEntry'
import { changeNotifierFor } from './changeNotifier'
import {
  asApprovalWrite,
  mayDecideDistribution,
  type DistributionApproval,
  type LoggedEntry,
} from './distributionApprovals'
import type { DistributionDecisionParams } from './distributionDecisionParams'
import { enqueueDeliveries } from './push'

/**
 * The department's decision on one language of one item before national distribution, taken
 * as the request's user (a department manager or an admin; anyone else is refused 403):
 *
 * - approve: the version's change-log entry is appended again as its approval release, which
 *   the targets requiring approval take — pushed once, and in their feeds and sync from then on;
 * - refuse (with a reason): nothing is sent, and the agency's publishers are told by e-mail.
 *
 * Only a language still awaiting can be decided (409 otherwise, and when `version` names an
 * older version than the one waiting). The decision, the release, the timeline entry and the
 * audit entry commit together; the e-mail goes after.
 */
export async function decideDistribution({
  req,
  params,
}: {
  req: PayloadRequest
  params: DistributionDecisionParams
}): Promise<DistributionApproval> {
  if (!req.user) throw translatedError({ req, status: 401, key: 'errors.unauthorized' })
  if (!mayDecideDistribution({ user: req.user }))
    throw translatedError({ req, status: 403, key: 'distribution.notAllowed' })
  const asUser = { overrideAccess: false, user: req.user, req } as const
  const approval = (await nullWhenNotFound({
    read: req.payload.findByID({
      collection: slugs.distributionApprovals,
      id: params.id,
      depth: 0,
      ...asUser,
    }),
  })) as unknown as DistributionApproval | null
  if (!approval) throw translatedError({ req, status: 404, key: 'errors.notFound' })
  if (approval.status !== 'awaiting') {
    throw translatedError({ req, status: 409, key: 'distribution.notAwaiting' })
  }
  if (params.version !== null && params.version !== approval.version) {
    throw translatedError({ req, status: 409, key: 'distribution.versionChanged' })
  }
  const isApproval = params.decision === 'approve'
  const decidedAt = new Date().toISOString()
  const decided = (await asApprovalWrite({
    req,
    write: () =>
      req.payload.update({
        collection: slugs.distributionApprovals,
        id: approval.id,
        data: {
          status: isApproval ? 'approved' : 'refused',
          reason: isApproval ? null : params.reason,
          decidedBy: req.user!.id,
          decidedAt,
        } as never,
        depth: 0,
        ...asUser,
      }),
  })) as unknown as DistributionApproval
  if (isApproval) await releaseApprovedVersion({ req, approval })
  await recordTimelineEntry({
    req,
    collection: approval.itemCollection,
    id: approval.itemId,
    entry: {
      action: isApproval ? 'distribution-approve' : 'distribution-refuse',
      locale: approval.locale,
      from: null,
      to: null,
      at: decidedAt,
      by: req.user.id,
      reason: params.reason,
    },
  })
  await recordAudit({
    req,
    action: isApproval ? 'distribution-approve' : 'distribution-refuse',
    targetCollection: approval.itemCollection,
    targetId: approval.itemId,
    targetTitle: approval.title ?? null,
    locale: approval.locale,
    details: { version: approval.version, reason: params.reason },
  })
  return decided
}

/**
 * Tells the publishers of the item's agency that the department refused a language, with the
 * reason and a link to the item. A failed delivery is logged: the decision stands.
 */
export async function notifyDistributionRefusal({
  req,
  approval,
}: {
  req: PayloadRequest
  approval: DistributionApproval
}): Promise<void> {
  const agencyId = relationId(approval.agency)
  if (agencyId === null) return
  // Who to tell is the system's business, not the decider's visibility.
  const { docs } = await req.payload.find({
    collection: slugs.users,
    where: { and: [{ roles: { in: ['publisher'] } }, { agency: { equals: agencyId } }] },
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return
  const url = `${getEnv().publicUrl}/admin/collections/${approval.itemCollection}/${approval.itemId}?locale=${approval.locale}`
  const message = staffMessage({
    subjectKey: 'distribution.refusedSubject',
    bodyKey: 'distribution.refusedBody',
    params: {
      title: approval.title ?? '',
      language: LOCALE_LABELS[approval.locale],
      reason: approval.reason ?? '',
      actor: (req.user as { name?: string } | null)?.name ?? '',
      url,
    },
  })
  try {
    await req.payload.sendEmail({ to: docs.map((user) => user.email).join(', '), ...message })
  } catch (error) {
    req.payload.logger.error({
      msg: `Could not send the distribution refusal e-mail for ${approval.itemCollection} ${approval.itemId}`,
      err: error,
    })
  }
}

/**
 * Appends the approved version's change-log entry again, marked as its approval release, and
 * queues its pushes: only targets requiring approval take a release, so each target is sent the
 * version once.
 */
async function releaseApprovedVersion({
  req,
  approval,
}: {
  req: PayloadRequest
  approval: DistributionApproval
}): Promise<void> {
  const entry = (await req.payload.findByID({
    collection: internalSlugs.syncEvents,
    id: relationId(approval.event)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as LoggedEntry & Record<string, unknown>
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...copy } = entry
  const release = await req.payload.create({
    collection: internalSlugs.syncEvents,
    data: { ...copy, isApprovalRelease: true } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  changeNotifierFor({ payload: req.payload }).hint()
  await enqueueDeliveries({ req, event: release as never })
}
