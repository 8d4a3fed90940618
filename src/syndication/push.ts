import { createHmac } from 'node:crypto'

import type { PayloadRequest, TaskConfig } from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { postPush } from './pushRequest'
import { isRedactedEntry } from './redaction'
import { closeDistributionApproval, requestDistributionApproval } from './distributionApprovals'
import {
  awaitsApprovalFor,
  isSelectedByTarget,
  targetFilterOf,
  type TargetSettings,
} from './targetFilter'

/** The queue of pushes to syndication targets. */
export const SYNDICATION_QUEUE = 'syndication'

const PUSH_TIMEOUT_MS = 10_000
/** A receipt is a short JSON object or nothing; more is never read (a target cannot flood us). */
const MAX_RESPONSE_BYTES = 64 * 1024
const MAX_RECEIPT_LENGTH = 200
const MAX_ERROR_LENGTH = 500

/** `sha256=<hex HMAC-SHA256 of the body with the target's secret>`, as in docs/architecture.md. */
export function signBody({ body, secret }: { body: string; secret: string }): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/**
 * Queues one delivery per enabled target that selects this event (its languages, topics and
 * kinds of information: src/syndication/targetFilter.ts, the same filter the feeds apply for
 * `?target=`). A tombstone also goes to every target that was pushed the item before, even if
 * its filter has changed since: a withdrawal must reach whoever published the item. A published
 * version that a target requiring department approval would take is put in the department's
 * queue instead (src/syndication/distributionApprovals.ts); its approval appends the version
 * again, as a release, which this queues for those targets only. Called in the same transaction
 * as the change log entry, so a rolled-back change pushes nothing.
 */
export async function enqueueDeliveries({
  req,
  event,
}: {
  req: PayloadRequest
  event: {
    id: number | string
    kind: string
    locale: string
    uri: string
    version: number
    itemCollection: string
    itemId: string
    topics?: unknown
    infoType?: string | null
    isApprovalRelease?: boolean | null
    ninjs?: unknown
  }
}): Promise<number> {
  // Depth 1 populates the targets' topics, whose slugs the log entries carry.
  const { docs: targets } = await req.payload.find({
    collection: slugs.syndicationTargets,
    where: { enabled: { equals: true } },
    depth: 1,
    limit: 100,
    overrideAccess: true,
    req,
  })
  let queued = 0
  let awaitsApproval = false
  for (const target of targets as unknown as Array<TargetSettings & { id: number }>) {
    const filter = targetFilterOf({ target })
    awaitsApproval ||= awaitsApprovalFor({ filter, entry: event })
    const isSelected = isSelectedByTarget({ filter, entry: event })
    if (!isSelected && !(event.kind === 'tombstone' && (await wasPushed({ req, target, event }))))
      continue
    const delivery = await req.payload.create({
      collection: slugs.deliveries,
      data: {
        target: target.id,
        event: event.id as number,
        itemCollection: event.itemCollection,
        itemId: event.itemId,
        uri: event.uri,
        version: event.version,
        kind: event.kind as 'upsert' | 'tombstone',
        status: 'pending',
        attempts: 0,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'deliver-syndication',
      input: { deliveryId: String(delivery.id) },
      queue: SYNDICATION_QUEUE,
      req,
    })
    queued += 1
  }
  // The department's queue follows the log: a new version waits, a withdrawal leaves it.
  if (event.kind === 'tombstone') await closeDistributionApproval({ req, event })
  else if (awaitsApproval) await requestDistributionApproval({ req, event })
  return queued
}

/**
 * Pushes one delivery: `POST` of the ninjs object with `X-TTDN-Event`, `X-TTDN-Delivery` (the
 * same id on every retry, so the receiver can ignore a repeat) and `X-TTDN-Signature`. A 2xx
 * is the receipt; anything else — a redirect too, which is never followed — fails the attempt
 * and Payload retries it with exponential back-off (30 s doubling, 12 attempts: about a day).
 * The push connects only to public addresses unless `PUSH_ALLOW_PRIVATE_NETWORKS` is set, reads
 * at most 64 KB of the answer and keeps only a short printable receipt id
 * (src/syndication/pushRequest.ts). A version withdrawn before it was sent is not sent: its
 * entry no longer carries content, and the tombstone that redacted it has its own delivery.
 */
export const deliverSyndicationTask: TaskConfig<{
  input: { deliveryId: number | string }
  output: { status: string }
}> = {
  slug: 'deliver-syndication',
  label: 'Push a published version to a syndication target',
  retries: { attempts: 12, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const delivery = (await req.payload.findByID({
      collection: slugs.deliveries,
      id: input.deliveryId,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as {
      id: number
      status: string
      attempts?: number
      target: number
      event: number
      kind: string
    }
    if (delivery.status === 'delivered') return { output: { status: 'delivered' } }
    const target = (await req.payload.findByID({
      collection: slugs.syndicationTargets,
      id: delivery.target,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as { url: string; secret: string; enabled?: boolean }
    const event = (await req.payload.findByID({
      collection: internalSlugs.syncEvents,
      id: delivery.event,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as { ninjs: unknown; kind: string; reason?: string | null }
    if (isRedactedEntry({ entry: event })) {
      await req.payload.update({
        collection: slugs.deliveries,
        id: delivery.id,
        data: { status: 'failed', lastError: 'Not sent: the item is no longer public' },
        depth: 0,
        overrideAccess: true,
        req,
      })
      return { output: { status: 'withdrawn' } }
    }
    const body = JSON.stringify(event.ninjs)
    const started = Date.now()
    let statusCode: number | null = null
    let receiptId: string | null = null
    let failure: string | null = null
    try {
      const answer = await postPush({
        url: target.url,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'CSDL-TTDN-Syndication/1',
          'X-TTDN-Event': event.kind === 'tombstone' ? 'tombstone' : 'upsert',
          'X-TTDN-Delivery': String(delivery.id),
          'X-TTDN-Signature': signBody({ body, secret: target.secret }),
        },
        body,
        timeoutMs: PUSH_TIMEOUT_MS,
        maxResponseBytes: MAX_RESPONSE_BYTES,
        allowPrivate: getEnv().syndication.allowPrivatePushTargets,
      })
      statusCode = answer.status
      if (answer.status >= 200 && answer.status < 300) {
        receiptId = boundedReceiptId({
          value: answer.receiptHeader ?? (answer.isTruncated ? null : receiptFrom(answer.body)),
        })
      } else if (answer.status >= 300 && answer.status < 400) {
        failure = `HTTP ${answer.status} (redirects are not followed)`
      } else {
        failure = `HTTP ${answer.status}`
      }
    } catch (error) {
      failure = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH)
    }
    const attempts = (delivery.attempts ?? 0) + 1
    await req.payload.update({
      collection: slugs.deliveries,
      id: delivery.id,
      data: {
        attempts,
        lastStatusCode: statusCode,
        lastDurationMs: Date.now() - started,
        lastError: failure,
        ...(failure === null
          ? { status: 'delivered', receiptId, deliveredAt: new Date().toISOString() }
          : { status: 'failed' }),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    // Throwing hands the delivery back to the queue's retry with back-off.
    if (failure !== null) throw new Error(`Delivery ${String(delivery.id)} failed: ${failure}`)
    return { output: { status: 'delivered' } }
  },
}

async function wasPushed({
  req,
  target,
  event,
}: {
  req: PayloadRequest
  target: { id: number }
  event: { uri: string }
}): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: slugs.deliveries,
    where: {
      and: [
        { target: { equals: target.id } },
        { uri: { equals: event.uri } },
        { kind: { equals: 'upsert' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A receipt id as it may be stored: 1 to 200 printable ASCII characters, or nothing. A target's
 * answer is not ours to keep verbatim (publishers read deliveries).
 */
export function boundedReceiptId({ value }: { value: unknown }): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed.length <= MAX_RECEIPT_LENGTH && /^[\x20-\x7E]+$/.test(trimmed) ? trimmed : null
}

function receiptFrom(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { receipt?: unknown; id?: unknown }
    const receipt = parsed.receipt ?? parsed.id
    return typeof receipt === 'string' || typeof receipt === 'number' ? String(receipt) : null
  } catch {
    return null
  }
}
