import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '../../../collections/slugs'
import { recordAudit } from '../../audit/recordAudit'
import { getEnv } from '../../env'
import { clientAddress } from '../../http/clientAddress'
import { RecentFetches } from './recentFetches'

/**
 * Who is fetching, as download records tell requesters apart: an account (`users:3`,
 * `journalists:8`, `api-clients:2`), else the client address a trusted proxy vouches for
 * (src/http/clientAddress.ts), else one shared `anonymous`.
 */
export function requesterKeyOf({ req }: { req: PayloadRequest }): string {
  const user = req.user as { collection?: string; id?: number | string } | null | undefined
  if (user?.collection && user.id !== undefined) return `${user.collection}:${String(user.id)}`
  const address = clientAddress({ headers: req.headers })
  return address === null ? 'anonymous' : `ip:${address}`
}

/**
 * Writes an audit entry for a fetch of a non-public file, unless this requester fetched this
 * file within the window (`DOWNLOAD_RECORD_WINDOW_MINUTES`). Called for every answer that
 * carries bytes of the file — the whole file or any range of it: a download cannot avoid the
 * log by starting past byte 0, and a player's ranges still make one entry. Checked in this
 * process first (parallel ranges), then in the log itself (another instance, a restart).
 */
export async function recordDownloadAuditOnce({
  req,
  targetCollection,
  targetId,
  targetTitle,
  details,
}: {
  req: PayloadRequest
  targetCollection: string
  targetId: number | string
  targetTitle: string | null
  details: Record<string, unknown>
}): Promise<void> {
  const requester = requesterKeyOf({ req })
  await onceInWindow({
    payload: req.payload,
    // With the stored file's name: SQLite gives a deleted item's id to the next one.
    key: `audit|${requester}|${targetCollection}|${String(targetId)}|${typeof details.filename === 'string' ? details.filename : ''}`,
    isAlreadyRecorded: async ({ since }) => {
      const actor = actorWhere({ req, requester })
      if (actor === null) return false
      const { totalDocs } = await req.payload.count({
        collection: slugs.auditLog,
        where: {
          and: [
            { action: { equals: 'download' } },
            { targetCollection: { equals: targetCollection } },
            { targetId: { equals: String(targetId) } },
            // The same item, not an earlier one whose id SQLite handed on.
            targetTitle === null
              ? { targetTitle: { exists: false } }
              : { targetTitle: { equals: targetTitle.slice(0, 500) } },
            { createdAt: { greater_than: since.toISOString() } },
            actor,
          ],
        },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
    },
    record: () =>
      recordAudit({ req, action: 'download', targetCollection, targetId, targetTitle, details }),
  })
}

/**
 * Adds a download to the journalist's history ("my downloads") with the terms they accepted
 * and the use they stated, unless the same journalist took the same variant of the item within
 * the window. Written by the system: journalists cannot create these themselves.
 */
export async function recordPressDownloadOnce({
  req,
  journalistId,
  mediaId,
  data,
}: {
  req: PayloadRequest
  journalistId: number | string
  mediaId: number | string
  data: {
    itemTitle: string
    variant: string
    locale: string
    termsAccepted: boolean
    intendedUse?: string
    intendedUseDetails?: string
  }
}): Promise<void> {
  await onceInWindow({
    payload: req.payload,
    key: `press|${String(journalistId)}|${String(mediaId)}|${data.variant}`,
    isAlreadyRecorded: async ({ since }) => {
      const { totalDocs } = await req.payload.count({
        collection: slugs.mediaDownloads,
        where: {
          and: [
            { journalist: { equals: journalistId } },
            { media: { equals: mediaId } },
            { variant: { equals: data.variant } },
            { createdAt: { greater_than: since.toISOString() } },
          ],
        },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
    },
    record: async () => {
      await req.payload.create({
        collection: slugs.mediaDownloads,
        data: {
          ...data,
          journalist: journalistId as number,
          media: mediaId as number,
          variant: data.variant as never,
          locale: data.locale as never,
          intendedUse: data.intendedUse as never,
        },
        overrideAccess: true,
        req,
      })
    },
  })
}

/** The fetches claimed in this process, per Payload instance (tests boot several). */
const recentByPayload = new WeakMap<Payload, RecentFetches>()

async function onceInWindow({
  payload,
  key,
  isAlreadyRecorded,
  record,
}: {
  payload: Payload
  key: string
  isAlreadyRecorded: (args: { since: Date }) => Promise<boolean>
  record: () => Promise<void>
}): Promise<void> {
  const { windowMs } = getEnv().downloadRecords
  let recent = recentByPayload.get(payload)
  if (!recent) {
    recent = new RecentFetches({ windowMs })
    recentByPayload.set(payload, recent)
  }
  const now = Date.now()
  // Claimed before the first await: parallel ranges of one download see the claim.
  if (!recent.claim({ key, now })) return
  try {
    if (await isAlreadyRecorded({ since: new Date(now - windowMs) })) return
    await record()
  } catch (error) {
    recent.release({ key })
    throw error
  }
}

/** How the log names this requester, or `null` when it cannot tell them from others. */
function actorWhere({ req, requester }: { req: PayloadRequest; requester: string }): Where | null {
  const user = req.user as { collection?: string; id?: number | string } | null | undefined
  if (user?.collection && user.id !== undefined) {
    return {
      and: [
        { actorCollection: { equals: user.collection } },
        { actorId: { equals: String(user.id) } },
      ],
    }
  }
  if (requester.startsWith('ip:')) {
    return {
      and: [{ actorCollection: { equals: 'system' } }, { ip: { equals: requester.slice(3) } }],
    }
  }
  return null
}
