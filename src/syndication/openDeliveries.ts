import type { PayloadRequest, Where } from 'payload'

import { editorialSlugs, slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { mediaTitle } from '../media/metadata/mediaTitle'
import { deliverSyndicationTask } from './push'

/**
 * Where a push that has not been acknowledged stands: queued and never tried (`pending`),
 * failed with a retry scheduled (`retrying`), or failed with no retry left (`failed`).
 */
export const OPEN_DELIVERY_STATES = ['pending', 'retrying', 'failed'] as const

export type OpenDeliveryState = (typeof OPEN_DELIVERY_STATES)[number]

export type OpenDelivery = {
  id: number
  itemCollection: string | null
  itemId: string | null
  /** The item's title as the reader may see it; null when they may not. */
  itemTitle: string | null
  uri: string | null
  version: number | null
  kind: 'upsert' | 'tombstone' | null
  state: OpenDeliveryState
  attempts: number
  lastStatusCode: number | null
  lastError: string | null
  /** When the queue will try again; null for `failed`, or when it runs next for `pending`. */
  nextAttemptAt: string | null
  createdAt: string
}

export type OpenDeliveryGroup = {
  target: { id: number; name: string; key: string | null; isEnabled: boolean }
  deliveries: OpenDelivery[]
}

/** A queued run of the push task, as the jobs queue stores it. */
export type QueuedPush = {
  waitUntil?: string | null
  hasError?: boolean | null
  completedAt?: string | null
}

/**
 * The state of one delivery from its own status and the queued runs of its push: a failed
 * delivery is `retrying` while a run is still queued (the queue's back-off, or a manual retry),
 * and `failed` once the queue has given up. `null` for a delivered one.
 */
export function deliveryState({
  status,
  pushes,
}: {
  status: string
  pushes: QueuedPush[]
}): { state: OpenDeliveryState; nextAttemptAt: string | null } | null {
  if (status === 'delivered') return null
  const queued = pushes.filter((push) => !push.completedAt && !push.hasError)
  const times = queued.map((push) => push.waitUntil ?? null)
  // A run without `waitUntil` is due as soon as the queue runs: no time to show.
  const nextAttemptAt = times.includes(null) ? null : ([...times].sort()[0] ?? null)
  if (status === 'pending') return { state: 'pending', nextAttemptAt }
  return queued.length > 0
    ? { state: 'retrying', nextAttemptAt }
    : { state: 'failed', nextAttemptAt: null }
}

/**
 * Every unacknowledged delivery, grouped by target, for the deliveries board. Admins,
 * publishers and department managers only (as the `deliveries` collection); item titles are read as the requester, so
 * nobody sees the title of an item they may not read.
 */
export async function listOpenDeliveries({
  req,
  targetId,
  state,
  limit = 500,
}: {
  req: PayloadRequest
  /** Only this target's deliveries. */
  targetId?: number | string
  /** Only deliveries in this state. */
  state?: OpenDeliveryState
  /** Most deliveries read, oldest first. @default 500 */
  limit?: number
}): Promise<{ groups: OpenDeliveryGroup[]; total: number; isTruncated: boolean }> {
  if (
    !hasRole({ user: req.user, role: 'admin' }) &&
    !hasRole({ user: req.user, role: 'publisher' }) &&
    !hasRole({ user: req.user, role: 'department-manager' })
  )
    throw translatedError({ req, status: 403, key: 'errors.forbidden' })
  const where: Where = {
    and: [
      {
        status: {
          in: state === 'pending' ? ['pending'] : state ? ['failed'] : ['pending', 'failed'],
        },
      },
      ...(targetId !== undefined ? [{ target: { equals: targetId } }] : []),
    ],
  }
  const deliveries = await req.payload.find({
    collection: slugs.deliveries,
    where,
    sort: 'createdAt',
    limit,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const pushes = await queuedPushes({ req })
  const rows: Array<OpenDelivery & { targetId: number }> = []
  for (const delivery of deliveries.docs) {
    const current = deliveryState({
      status: delivery.status,
      pushes: pushes.get(String(delivery.id)) ?? [],
    })
    if (!current || (state && current.state !== state)) continue
    rows.push({
      id: delivery.id,
      targetId: typeof delivery.target === 'object' ? delivery.target.id : delivery.target,
      itemCollection: delivery.itemCollection ?? null,
      itemId: delivery.itemId ?? null,
      itemTitle: null,
      uri: delivery.uri ?? null,
      version: delivery.version ?? null,
      kind: delivery.kind ?? null,
      state: current.state,
      attempts: delivery.attempts ?? 0,
      lastStatusCode: delivery.lastStatusCode ?? null,
      lastError: delivery.lastError ?? null,
      nextAttemptAt: current.nextAttemptAt,
      createdAt: delivery.createdAt,
    })
  }
  if (rows.length === 0) return { groups: [], total: deliveries.totalDocs, isTruncated: false }
  const titles = await itemTitles({ req, rows })
  for (const row of rows) row.itemTitle = titles.get(`${row.itemCollection}:${row.itemId}`) ?? null

  const { docs: targets } = await req.payload.find({
    collection: slugs.syndicationTargets,
    where: { id: { in: [...new Set(rows.map((row) => row.targetId))] } },
    depth: 0,
    pagination: false,
    select: { name: true, key: true, enabled: true },
    // Targets are admin-only for their secrets; a publisher may still see their names here.
    overrideAccess: true,
    req,
  })
  const groups = new Map<number, OpenDeliveryGroup>()
  for (const { targetId: id, ...row } of rows) {
    const target = targets.find((candidate) => candidate.id === id)
    const group = groups.get(id) ?? {
      target: {
        id,
        name: target?.name ?? String(id),
        key: target?.key ?? null,
        isEnabled: target?.enabled !== false,
      },
      deliveries: [],
    }
    group.deliveries.push(row)
    groups.set(id, group)
  }
  return {
    groups: [...groups.values()].sort((a, b) => a.target.name.localeCompare(b.target.name)),
    total: deliveries.totalDocs,
    isTruncated: deliveries.totalDocs > deliveries.docs.length,
  }
}

/** Unfinished runs of the push task, by delivery id. */
async function queuedPushes({ req }: { req: PayloadRequest }): Promise<Map<string, QueuedPush[]>> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: deliverSyndicationTask.slug } },
        { completedAt: { exists: false } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { input: true, waitUntil: true, hasError: true, completedAt: true },
    overrideAccess: true,
    req,
  })
  const byDelivery = new Map<string, QueuedPush[]>()
  for (const job of docs) {
    const input = job.input as { deliveryId?: string | number } | null | undefined
    if (input?.deliveryId === undefined) continue
    const key = String(input.deliveryId)
    byDelivery.set(key, [...(byDelivery.get(key) ?? []), job])
  }
  return byDelivery
}

async function itemTitles({
  req,
  rows,
}: {
  req: PayloadRequest
  rows: Array<Pick<OpenDelivery, 'itemCollection' | 'itemId'>>
}): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  for (const collection of editorialSlugs) {
    const ids = [
      ...new Set(rows.filter((row) => row.itemCollection === collection).map((row) => row.itemId)),
    ]
    if (ids.length === 0) continue
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      const title = collection === slugs.media ? mediaTitle({ item: doc }) : doc.title
      if (typeof title === 'string') titles.set(`${collection}:${doc.id}`, title)
    }
  }
  return titles
}
