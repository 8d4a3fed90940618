import { createHash } from 'node:crypto'

import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { slugs, type EditorialSlug } from '../../collections/slugs'
import { requesterOf, relationId } from '../access/requester'
import { hasRole } from '../access/roles'
import { withRequestContext } from '../context'
import { translatedError } from '../errors/translatedError'
import type { Locale } from '../i18n/locales'

/**
 * The state of one language of one item before national distribution: waiting for the
 * department, approved, refused (with a reason), or withdrawn from the library while waiting or
 * after approval. Only `approved` reaches a target requiring approval.
 */
export const DISTRIBUTION_STATUSES = ['awaiting', 'approved', 'refused', 'withdrawn'] as const

export type DistributionStatus = (typeof DISTRIBUTION_STATUSES)[number]

/** One distribution approval as stored (collections/DistributionApprovals). */
export type DistributionApproval = {
  id: number | string
  title?: string | null
  itemCollection: EditorialSlug
  itemId: string
  locale: Locale
  agency?: number | string | { id: number | string } | null
  version: number
  event: number | string | { id: number | string }
  status: DistributionStatus
  requestedAt: string
  reason?: string | null
  decidedBy?: number | string | { id: number | string } | null
  decidedAt?: string | null
  fingerprint?: string | null
}

/** A change-log entry as the queue reads it. */
export type LoggedEntry = {
  id: number | string
  kind: string
  itemCollection: string
  itemId: string
  locale: string
  version: number
  ninjs?: unknown
}

type RequestUser = PayloadRequest['user']

/**
 * Who decides on national distribution: department managers (the Sở VHTTDL's editorial
 * oversight) and administrators.
 */
export function mayDecideDistribution({ user }: { user: RequestUser }): boolean {
  return hasRole({ user, role: 'department-manager' }) || hasRole({ user, role: 'admin' })
}

/**
 * Read access to distribution approvals: those who decide read all; an agency's publishers read
 * their agency's, to see what waits and why a language was refused; nobody else.
 */
export const distributionApprovalsRead: Access = ({ req: { user } }) => {
  if (mayDecideDistribution({ user })) return true
  const requester = requesterOf({ user, now: new Date() })
  if (requester.kind !== 'staff' || !requester.roles.includes('publisher')) return false
  return requester.agencyId === null ? false : { agency: { equals: requester.agencyId } }
}

/**
 * Approvals change only through a decision (src/syndication/decideDistribution.ts) or the change
 * log: an edit in the admin or over REST would skip the release of the approved version, the
 * timeline and the audit log.
 */
export const onlyDecisionsChangeApprovals: CollectionBeforeChangeHook = ({
  operation,
  data,
  req,
  context,
}) => {
  if (operation === 'update' && context.distributionApprovalWrite !== true)
    throw translatedError({ req, status: 403, key: 'errors.forbidden' })
  return data
}

/**
 * Puts a newly published version of one language in the department's queue, or back in it: a
 * new version of an approved or refused language waits again when what the department decided
 * on changed — its text, title, media, topics ({@link approvalFingerprint}). A version that only
 * adds or drops the item's other languages keeps the decision: approving Vietnamese, then
 * publishing English, must not send Vietnamese back to the queue. Called by `enqueueDeliveries`
 * for a version that some target requiring approval would take, in the transaction that logs it.
 */
export async function requestDistributionApproval({
  req,
  event,
}: {
  req: PayloadRequest
  event: LoggedEntry
}): Promise<void> {
  const collection = event.itemCollection as EditorialSlug
  const fingerprint = approvalFingerprint({ ninjs: event.ninjs })
  const existing = await findApproval({ req, event })
  const isDecided = existing?.status === 'approved' || existing?.status === 'refused'
  if (isDecided && existing.fingerprint === fingerprint) return
  const item = (await req.payload.findByID({
    collection,
    id: event.itemId,
    depth: 0,
    select: { agency: true } as never,
    overrideAccess: true,
    req,
  })) as unknown as { agency?: unknown }
  const headlines = (event.ninjs as { headlines?: Array<{ value?: string }> } | undefined)
    ?.headlines
  const data = {
    title: headlines?.[0]?.value?.slice(0, 500) ?? null,
    agency: relationId(item.agency),
    version: event.version,
    event: event.id,
    status: 'awaiting' as const,
    requestedAt: new Date().toISOString(),
    reason: null,
    decidedBy: null,
    decidedAt: null,
    fingerprint,
  }
  await asApprovalWrite({
    req,
    write: () =>
      existing
        ? req.payload.update({
            collection: slugs.distributionApprovals,
            id: existing.id,
            data: data as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
        : req.payload.create({
            collection: slugs.distributionApprovals,
            data: {
              ...data,
              itemCollection: collection,
              itemId: String(event.itemId),
              locale: event.locale,
            } as never,
            depth: 0,
            overrideAccess: true,
            req,
          }),
  })
}

/**
 * Takes a language out of the queue when it stops being public (withdrawn, unpublished,
 * deleted): nothing is left to approve, and an approval given before no longer holds.
 */
export async function closeDistributionApproval({
  req,
  event,
}: {
  req: PayloadRequest
  event: LoggedEntry
}): Promise<void> {
  const existing = await findApproval({ req, event })
  if (!existing || existing.status === 'withdrawn') return
  await asApprovalWrite({
    req,
    write: () =>
      req.payload.update({
        collection: slugs.distributionApprovals,
        id: existing.id,
        data: { status: 'withdrawn' } as never,
        depth: 0,
        overrideAccess: true,
        req,
      }),
  })
}

/**
 * The ids of the items of `collection` whose current version in `locale` the department
 * approved: what the feeds of a target requiring approval may list.
 */
export async function approvedItemIds({
  req,
  collection,
  locale,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  locale: Locale
}): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: slugs.distributionApprovals,
    where: {
      and: [
        { status: { equals: 'approved' } },
        { itemCollection: { equals: collection } },
        { locale: { equals: locale } },
      ],
    },
    select: { itemId: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const isNumeric = req.payload.db.defaultIDType === 'number'
  return (docs as unknown as Array<{ itemId: string }>).map(({ itemId }) =>
    isNumeric ? Number(itemId) : itemId,
  )
}

/**
 * What a decision is about, as a hash of the version a target would receive: its ninjs without
 * the version number and time, and without the links to the item's other languages.
 */
export function approvalFingerprint({ ninjs }: { ninjs: unknown }): string {
  const {
    version: _version,
    versionCreated: _versionCreated,
    associations,
    ...content
  } = (ninjs ?? {}) as Record<string, unknown>
  const kept = Array.isArray(associations)
    ? associations.filter((association) => (association as { rel?: unknown }).rel !== 'translation')
    : associations
  return createHash('sha256')
    .update(JSON.stringify({ ...content, associations: kept }))
    .digest('hex')
}

/** How many languages wait for the department, as the user may read them. */
export async function countAwaitingDistribution({ req }: { req: PayloadRequest }): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: slugs.distributionApprovals,
    where: { status: { equals: 'awaiting' } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return totalDocs
}

/** Runs a write of an approval as the system or a decision, which the collection's hook lets pass. */
export async function asApprovalWrite<T>({
  req,
  write,
}: {
  req: PayloadRequest
  write: () => Promise<T>
}): Promise<T> {
  return withRequestContext({ req, context: { distributionApprovalWrite: true }, run: write })
}

async function findApproval({
  req,
  event,
}: {
  req: PayloadRequest
  event: LoggedEntry
}): Promise<DistributionApproval | null> {
  const { docs } = await req.payload.find({
    collection: slugs.distributionApprovals,
    where: {
      and: [
        { itemCollection: { equals: event.itemCollection } },
        { itemId: { equals: String(event.itemId) } },
        { locale: { equals: event.locale } },
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as DistributionApproval | undefined) ?? null
}
