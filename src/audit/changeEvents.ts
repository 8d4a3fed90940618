import { isDeepStrictEqual } from 'node:util'

import type { AuditAction } from './recordAudit'

/** One audit entry a save produces, before the actor, the item and the address are added. */
export type ChangeEvent = {
  action: AuditAction
  changedFields?: string[]
  details?: Record<string, unknown>
}

type Doc = Record<string, unknown>

/** Top-level fields whose changes are bookkeeping, not edits. */
const BOOKKEEPING_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'transitions',
  'servedLocale',
  'sourceFingerprint',
  'sourceRevision',
  // Kept by the server: who created the item, and the media title derived from the fields
  // whose changes are named already.
  'createdBy',
  'displayTitle',
  // Payload's own account bookkeeping: sessions, lockout counters, password hash and reset.
  'sessions',
  'loginAttempts',
  'lockUntil',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKeyIndex',
])

/** Hidden fields that are still edits worth naming (a journalist's e-mail verification). */
const AUDITED_HIDDEN_FIELDS = new Set(['_verified'])

/**
 * The audit entries one save of an item produces: `create`, or `update` naming the fields that
 * changed (none when nothing did), then the events inside it that matter on their own —
 * publication, unpublication, withdrawal, tier and classification changes, a security hold and
 * its clearing.
 *
 * A draft save (`isDraftSave`) leaves the live item as it was, so it never unpublishes it;
 * `wasLive` says whether the live item was published before the save when that differs from
 * the previous version (a published item with newer draft edits). `alsoChanged` names changes
 * the documents cannot show, such as a new password.
 */
export function changeEvents({
  operation,
  doc,
  previousDoc,
  isDraftSave = false,
  wasLive,
  alsoChanged = [],
}: {
  operation: 'create' | 'update'
  doc: Doc
  previousDoc?: Doc
  isDraftSave?: boolean
  wasLive?: boolean
  alsoChanged?: string[]
}): ChangeEvent[] {
  const before: Doc = operation === 'update' ? (previousDoc ?? {}) : {}
  const events: ChangeEvent[] = []
  const fields = [...new Set([...changedFieldNames({ before, after: doc }), ...alsoChanged])].sort()
  if (operation === 'create') events.push({ action: 'create', changedFields: fields })
  else if (fields.length > 0) events.push({ action: 'update', changedFields: fields })

  const isWithdrawal = isSet(doc.withdrawnAt) && !isSet(before.withdrawnAt)
  if (doc._status === 'published' && before._status !== 'published') {
    events.push({ action: 'publish' })
  }
  const wasPublished = wasLive ?? before._status === 'published'
  if (
    operation === 'update' &&
    !isDraftSave &&
    doc._status === 'draft' &&
    wasPublished &&
    !isWithdrawal
  ) {
    events.push({ action: 'unpublish' })
  }
  if (isWithdrawal) {
    events.push({ action: 'withdraw', details: { reason: doc.withdrawalReason ?? null } })
  }
  if (operation === 'update') {
    for (const [field, action] of [
      ['accessTier', 'tier-change'],
      ['classification', 'classification-change'],
    ] as const) {
      if (field in doc && (doc[field] ?? null) !== (before[field] ?? null)) {
        events.push({ action, details: { from: before[field] ?? null, to: doc[field] ?? null } })
      }
    }
  }
  const hold = holdOf({ doc })
  const previousHold = holdOf({ doc: before })
  if (hold?.isHeld && !previousHold?.isHeld) {
    events.push({ action: 'security-hold', details: { reason: hold.reason ?? null } })
  }
  if (hold && !hold.isHeld && previousHold?.isHeld) {
    events.push({ action: 'security-clear', details: { reason: previousHold.reason ?? null } })
  }
  return events
}

/**
 * Names of the top-level fields whose values differ, sorted. Bookkeeping fields and hidden
 * ones (`_…`) are left out; a populated relation equals its id, so a save that returns
 * populated documents does not look like it changed every relation.
 */
export function changedFieldNames({ before, after }: { before: Doc; after: Doc }): string[] {
  return Object.keys(after)
    .filter((key) => !BOOKKEEPING_FIELDS.has(key))
    .filter((key) => !key.startsWith('_') || AUDITED_HIDDEN_FIELDS.has(key))
    .filter((key) => !isDeepStrictEqual(comparable(before[key]), comparable(after[key])))
    .sort()
}

/**
 * A value reduced to what an edit changes: populated documents (they carry `id` and Payload's
 * timestamps, unlike array rows and blocks, which carry only `id`) become their id, and an
 * empty value (`undefined`, `null`) equals a missing one.
 */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value !== 'object') return value
  const record = value as Doc
  if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
  return Object.fromEntries(
    Object.entries(record)
      .map(([key, item]) => [key, comparable(item)] as const)
      .filter(([, item]) => item !== null),
  )
}

function holdOf({ doc }: { doc: Doc }): { isHeld: boolean; reason?: unknown } | undefined {
  const hold = doc.securityHold
  if (!hold || typeof hold !== 'object') return undefined
  const { isHeld, reason } = hold as { isHeld?: unknown; reason?: unknown }
  return { isHeld: isHeld === true, reason }
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}
