import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { clientAddress } from '../http/clientAddress'

/** Everything the audit log records, in the order the admin filter lists them. */
export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'create',
  'update',
  'publish',
  'unpublish',
  'withdraw',
  'delete',
  'tier-change',
  'classification-change',
  'security-hold',
  'security-clear',
  'download',
  'distribution-approve',
  'distribution-refuse',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Who acted: an account of `collection` (`users`, `journalists`, `api-clients`) or `system`. */
export type AuditActor = { collection: string; id?: number | string | null; email?: string | null }

/**
 * Appends one entry to the audit log: who (the request's user unless `actor` is given; the
 * system when there is none), what, on which item, and from which address. The entry is written
 * with the caller's `req`, so it commits or rolls back with the change it records.
 */
export async function recordAudit({
  req,
  action,
  targetCollection,
  targetId,
  targetTitle,
  locale,
  changedFields,
  details,
  actor,
}: {
  req: PayloadRequest
  action: AuditAction
  targetCollection?: string
  targetId?: number | string
  targetTitle?: string | null
  /** The content language the action concerns; defaults to the request's locale. */
  locale?: string
  changedFields?: string[]
  details?: Record<string, unknown>
  actor?: AuditActor
}): Promise<void> {
  const who: AuditActor = actor ?? actorOf({ req })
  await req.payload.create({
    collection: slugs.auditLog,
    data: {
      action,
      actorCollection: who.collection,
      actorId: who.id === undefined || who.id === null ? null : String(who.id),
      actorEmail: who.email ?? null,
      targetCollection: targetCollection ?? null,
      targetId: targetId === undefined ? null : String(targetId),
      targetTitle: targetTitle ? targetTitle.slice(0, 500) : null,
      locale: locale ?? requestLocale({ req }),
      changedFields: changedFields ?? [],
      details: details ?? {},
      // Only what a trusted proxy vouches for: X-Forwarded-For is the client's to write.
      ip: clientAddress({ headers: req.headers }),
      userAgent: req.headers?.get('user-agent')?.slice(0, 500) ?? null,
    },
    // The log is append-only for everyone; the system writes it past that rule.
    overrideAccess: true,
    req,
  })
}

function requestLocale({ req }: { req: PayloadRequest }): string | null {
  return typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null
}

function actorOf({ req }: { req: PayloadRequest }): AuditActor {
  const user = req.user as
    | { collection?: string; id?: number | string; email?: string }
    | null
    | undefined
  if (!user?.collection) return { collection: 'system' }
  return { collection: user.collection, id: user.id ?? null, email: user.email ?? null }
}
