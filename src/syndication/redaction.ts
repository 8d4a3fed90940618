import type { PayloadRequest } from 'payload'

import { internalSlugs } from '../../collections/slugs'
import type { Locale } from '../i18n/locales'
import type { SyndicatedCollection } from './ninjs'

/**
 * Whether a change-log entry is a published version whose content was withdrawn: an `upsert`
 * carrying a `reason`, which only redaction sets on one. Its ninjs is `{ uri, version,
 * pubStatus: 'canceled' }`.
 */
export function isRedactedEntry({
  entry,
}: {
  entry: { kind: string; reason?: string | null }
}): boolean {
  return entry.kind === 'upsert' && typeof entry.reason === 'string' && entry.reason !== ''
}

/**
 * Strips the content from every published version of an item (in one language, or all) still
 * carrying it, when the item stops being public: withdrawn, deleted, embargoed again, tier
 * raised, language unpublished. Each entry keeps its id (the cursor position), `uri` and
 * `version`, and its ninjs becomes `{ uri, version, pubStatus: 'canceled' }`, so a reader
 * starting from any cursor still sees every version exactly once, and none of the withdrawn
 * text; pushes not yet sent are not sent (src/syndication/push.ts). Called with `req`, in the
 * transaction that appends the tombstone. Returns how many entries were redacted.
 */
export async function redactPublishedVersions({
  req,
  collection,
  id,
  locale,
  reason,
  before,
}: {
  req: PayloadRequest
  collection: SyndicatedCollection
  id: number | string
  /** `null`: every language. */
  locale: Locale | null
  reason: string
  /** Only entries before this one (a tombstone); all when omitted. */
  before?: number
}): Promise<number> {
  const { docs } = await req.payload.find({
    collection: internalSlugs.syncEvents,
    where: {
      and: [
        { itemCollection: { equals: collection } },
        { itemId: { equals: String(id) } },
        { kind: { equals: 'upsert' } },
        { reason: { exists: false } },
        ...(locale ? [{ locale: { equals: locale } }] : []),
        ...(before === undefined ? [] : [{ id: { less_than: before } }]),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const entry of docs as unknown as Array<{ id: number; uri: string; version: number }>) {
    await req.payload.update({
      collection: internalSlugs.syncEvents,
      id: entry.id,
      data: {
        ninjs: { uri: entry.uri, version: String(entry.version), pubStatus: 'canceled' },
        hash: null,
        reason,
      },
      depth: 0,
      overrideAccess: true,
      req,
      context: { redactSyncEvent: true },
    })
  }
  return docs.length
}

/**
 * Redacts, once, the versions a change log written before redaction existed still carries for
 * items that later stopped being public: every upsert before a tombstone of the same item and
 * language. Idempotent; meant for a data migration (or a one-off script) on existing
 * deployments. Returns how many entries were redacted.
 */
export async function redactHistoryBeforeTombstones({
  req,
}: {
  req: PayloadRequest
}): Promise<number> {
  const { docs } = await req.payload.find({
    collection: internalSlugs.syncEvents,
    where: { kind: { equals: 'tombstone' } },
    // Only the columns it needs: the 20261204 migration runs this on a database that does not
    // have the columns later migrations add to sync_events yet.
    select: { itemCollection: true, itemId: true, locale: true, reason: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let redacted = 0
  for (const tombstone of docs as unknown as Array<{
    id: number
    itemCollection: SyndicatedCollection
    itemId: string
    locale: Locale
    reason?: string | null
  }>) {
    redacted += await redactPublishedVersions({
      req,
      collection: tombstone.itemCollection,
      id: tombstone.itemId,
      locale: tombstone.locale,
      reason: tombstone.reason ?? 'not-public',
      before: tombstone.id,
    })
  }
  return redacted
}
