import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Locale } from '../i18n/locales'
import type { TimelineAction } from './states'

/**
 * One entry of an item's editorial timeline (its `transitions` field). Every field is required,
 * `null` when it does not apply, so every path that records a step — the workflow endpoint, the
 * scheduled publication, the seed (all through `applyStep`) and Payload's own Publish
 * button (trackWorkflow) — records the same fields.
 */
export type TimelineEntry = {
  action: TimelineAction
  locale: Locale
  /** The state left: a source or translation state; `null` when a language goes live or off. */
  from: string | null
  /** The state reached, or `published` / `unpublished` for one language going live or off. */
  to: string | null
  at: string
  /** The staff member who took the step; `null` for the system (a schedule, the seed). */
  by: number | string | null
  /** The Vietnamese source revision the step saw. */
  sourceRevision: number
  /** The id of the version the step acted on (the latest one before it); `null` on a create. */
  version: string | null
  reason: string | null
}

/**
 * The id of an item's latest version, drafts included: the version a step acts on. Read from
 * the database adapter, not the Local API, which would switch the shared request's locale.
 */
export async function latestVersionId({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
}): Promise<string | null> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}
