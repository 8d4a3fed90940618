import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { slugs } from '../../collections/slugs'
import { recordAudit } from './recordAudit'

/** Fields whose changes are bookkeeping, not edits. */
const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  '_status',
  'transitions',
  'servedLocale',
  'sourceFingerprint',
  'sourceRevision',
])

/**
 * Records create and update of an item — with the names of the fields that changed — and the
 * events inside an update that matter on their own: publication, unpublication, withdrawal,
 * tier and classification changes, security holds and their clearing.
 */
export const auditAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const record = doc as Record<string, unknown>
  const previous = (operation === 'update' ? previousDoc : {}) as Record<string, unknown>
  const target = {
    targetCollection: collection.slug,
    targetId: record.id as number | string,
    targetTitle: titleOf(record),
  }
  if (operation === 'create') {
    await recordAudit({
      req,
      action: 'create',
      ...target,
      changedFields: changedFields({ before: {}, after: record }),
    })
  } else {
    const fields = changedFields({ before: previous, after: record })
    if (fields.length > 0)
      await recordAudit({ req, action: 'update', ...target, changedFields: fields })
  }

  const wasPublished = previous._status === 'published'
  if (record._status === 'published' && !wasPublished)
    await recordAudit({ req, action: 'publish', ...target })
  if (
    record._status !== 'published' &&
    wasPublished &&
    operation === 'update' &&
    previous.withdrawnAt === record.withdrawnAt
  ) {
    await recordAudit({ req, action: 'unpublish', ...target })
  }
  if (record.withdrawnAt && !previous.withdrawnAt) {
    await recordAudit({
      req,
      action: 'withdraw',
      ...target,
      details: { reason: record.withdrawalReason ?? null },
    })
  }
  if (
    operation === 'update' &&
    record.accessTier !== previous.accessTier &&
    record.accessTier !== undefined
  ) {
    await recordAudit({
      req,
      action: 'tier-change',
      ...target,
      details: { from: previous.accessTier, to: record.accessTier },
    })
  }
  if (
    operation === 'update' &&
    record.classification !== previous.classification &&
    record.classification !== undefined
  ) {
    await recordAudit({
      req,
      action: 'classification-change',
      ...target,
      details: { from: previous.classification, to: record.classification },
    })
  }
  const held = (record.securityHold as { isHeld?: boolean; reason?: string } | undefined) ?? {}
  const wasHeld = (previous.securityHold as { isHeld?: boolean } | undefined)?.isHeld === true
  if (held.isHeld === true && !wasHeld) {
    await recordAudit({
      req,
      action: 'security-hold',
      ...target,
      details: { reason: held.reason ?? null },
    })
  }
  if (held.isHeld === false && wasHeld)
    await recordAudit({ req, action: 'security-clear', ...target })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const record = doc as Record<string, unknown>
  await recordAudit({
    req,
    action: 'delete',
    targetCollection: collection.slug,
    targetId: record.id as number | string,
    targetTitle: titleOf(record),
  })
  return doc
}

export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const account = user as { id: number | string; email?: string }
  await recordAudit({
    req,
    action: 'login',
    actor: { collection: collection.slug, id: account.id, email: account.email ?? null },
  })
  return user
}

export const auditLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  const account = req.user as { id?: number | string; email?: string } | null
  await recordAudit({
    req,
    action: 'logout',
    actor: { collection: collection.slug, id: account?.id ?? null, email: account?.email ?? null },
  })
}

/**
 * Failed logins: Payload has no hook for them, but every failed `/login` ends in its error
 * hook. The entry is written outside the failed request's transaction, which is rolled back.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req, collection }) => {
  const name = (error as { name?: string }).name
  if (!collection?.auth || !/\/login\/?$/.test(new URL(req.url ?? 'http://x/').pathname)) return
  if (name !== 'AuthenticationError' && name !== 'LockedAuth' && name !== 'UnverifiedEmail') return
  const email =
    typeof req.data?.email === 'string' ? req.data.email.toLowerCase().slice(0, 320) : null
  // The failed request's transaction is over; the entry gets one of its own.
  const failedTransaction = req.transactionID
  req.transactionID = undefined
  try {
    await recordAudit({
      req,
      action: 'login-failed',
      actor: { collection: collection.slug, email },
      details: { reason: name },
    })
  } catch (auditError) {
    req.payload.logger.error({
      msg: 'Could not record a failed login in the audit log',
      err: auditError,
    })
  }
}

/**
 * An upload handler, first in the media collection's list: Payload has already checked the
 * requester's read access before any handler runs (uploads/endpoints/getFile.js finds `doc`
 * with the collection's access), so reaching here means the file is served. Every download of
 * a file that is not public is recorded; the next handler then serves the file.
 */
export async function auditFileDownload(
  req: PayloadRequest,
  { doc, params }: { doc: TypeWithID; params: { filename: string } },
): Promise<void> {
  // Payload loads `doc` only when access was decided by a query; when access is plain `true`
  // (admins) the item is looked up here. Access has passed either way.
  const item = ((doc as TypeWithID | undefined) ??
    (
      await req.payload.find({
        collection: slugs.media,
        where: { filename: { equals: params.filename } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
      })
    ).docs[0]) as (TypeWithID & { accessTier?: string; filename?: string }) | undefined
  if (!item?.accessTier || item.accessTier === 'public') return
  await recordAudit({
    req,
    action: 'download',
    targetCollection: slugs.media,
    targetId: item.id,
    targetTitle: item.filename ?? params.filename,
    details: { filename: params.filename, accessTier: item.accessTier },
  })
}

function changedFields({
  before,
  after,
}: {
  before: Record<string, unknown>
  after: Record<string, unknown>
}): string[] {
  return Object.keys(after)
    .filter(
      (key) =>
        !IGNORED_FIELDS.has(key) && key !== 'id' && !(key.startsWith('_') && key !== '_verified'),
    )
    .filter(
      (key) => JSON.stringify(normalise(before[key])) !== JSON.stringify(normalise(after[key])),
    )
    .sort()
}

/** Populated relations and their bare ids compare equal. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value ?? null
}

function titleOf(record: Record<string, unknown>): string | null {
  for (const key of ['title', 'filename', 'name', 'email']) {
    if (typeof record[key] === 'string') return record[key]
  }
  return null
}
