import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { editorialSlugs, type EditorialSlug } from '../../collections/slugs'
import { DEFAULT_LOCALE } from '../i18n/locales'
import { sendPressAccessAlerts, type OpenedItem } from '../journalists/pressAccessAlerts'
import { applyStep } from '../workflow/applyStep'

export type DueItemsResult = {
  published: number
  pressAccessOpened: number
  embargoesLifted: number
  failed: number
}

/**
 * Publishes every approved item whose `publishAt` has come; marks every published item whose
 * press release time has come as open to the press (`pressAccessOpenedAt`), so that search
 * re-indexes it and the journalists following its topics are told, once (src/journalists/
 * pressAccessAlerts.ts); and marks every embargo that has ended as lifted (`embargoLiftedAt`),
 * so that search and syndication hear of it — syndication follows the anonymous reader's rule,
 * so feeds, sync and pushes see nothing at the press time. Items due
 * while the server was down are simply due now: the same sweep catches them up at start.
 * Runs as the system (no requester): it acts on decisions publishers already took.
 *
 * Several sweeps may overlap: the catch-up each process runs at start, the scheduled job in the
 * web process or in `npm run worker`, and a job run again after its process died. Each item is
 * therefore published in a transaction that first reads it again (on SQLite, one that holds the
 * write lock from its start): a sweep that finds it published by another skips it, so an item
 * is published once — one version, one change-log entry, one audit entry.
 */
export async function publishDueItems({
  payload,
  now,
}: {
  payload: Payload
  now: Date
}): Promise<DueItemsResult> {
  const result: DueItemsResult = {
    published: 0,
    pressAccessOpened: 0,
    embargoesLifted: 0,
    failed: 0,
  }
  for (const collection of editorialSlugs) {
    const due = await findAll({
      payload,
      collection,
      // Approval and its schedule live on the latest version, which may be a draft.
      isLatestVersion: true,
      where: {
        and: [
          { publishAt: { less_than_equal: now.toISOString() } },
          { workflowState: { equals: 'approved' } },
        ],
      },
    })
    for (const item of due) {
      // An item held for security review is never published, scheduled or not.
      if (item.securityHold?.isHeld === true) continue
      // A request of its own per item: a step leaves its locale and context on the request.
      const req = await createLocalReq({}, payload)
      try {
        await initTransaction(req)
        if (!(await isStillDue({ req, collection, id: item.id, now }))) {
          await commitTransaction(req)
          continue
        }
        const outcome = await applyStep({
          req,
          collection,
          id: item.id,
          locale: DEFAULT_LOCALE,
          steps: [{ action: 'publish', reason: `Scheduled for ${String(item.publishAt)}` }],
          actor: { kind: 'system' },
          at: now,
        })
        await commitTransaction(req)
        if (outcome.ok) result.published += 1
        else {
          // Changed since the sweep read it (no longer approved, or deleted): nothing to publish.
          result.failed += 1
          payload.logger.error({
            msg: `Scheduled publication of ${collection} ${String(item.id)} was refused: ${outcome.reason === 'refused' ? outcome.refusal.reason : outcome.reason}`,
          })
        }
      } catch (error) {
        await killTransaction(req)
        result.failed += 1
        payload.logger.error({
          msg: `Scheduled publication of ${collection} ${String(item.id)} failed`,
          err: error,
        })
      }
    }

    // Published items only: one still a draft at its press time opens when it is published.
    const opening = await findAll({
      payload,
      collection,
      where: {
        and: [
          { pressReleaseAt: { less_than_equal: now.toISOString() } },
          { pressAccessOpenedAt: { equals: null } },
          { _status: { equals: 'published' } },
        ],
      },
    })
    for (const item of opening) {
      const req = await createLocalReq({}, payload)
      try {
        await initTransaction(req)
        await openPressAccess({ req, collection, item, now })
        await commitTransaction(req)
        result.pressAccessOpened += 1
      } catch (error) {
        await killTransaction(req)
        result.failed += 1
        payload.logger.error({
          msg: `Opening ${collection} ${String(item.id)} to the press failed`,
          err: error,
        })
      }
    }

    const lifted = await findAll({
      payload,
      collection,
      where: {
        and: [
          { embargoUntil: { less_than_equal: now.toISOString() } },
          { embargoLiftedAt: { equals: null } },
        ],
      },
    })
    for (const item of lifted) {
      try {
        await payload.update({
          collection,
          id: item.id,
          data: { embargoLiftedAt: now.toISOString() } as never,
          overrideAccess: true,
          context: { workflowTransition: true },
        })
        result.embargoesLifted += 1
      } catch (error) {
        result.failed += 1
        payload.logger.error({
          msg: `Lifting the embargo of ${collection} ${String(item.id)} failed`,
          err: error,
        })
      }
    }
  }
  if (result.published + result.pressAccessOpened + result.embargoesLifted + result.failed > 0) {
    payload.logger.info({
      msg: `Schedule: ${result.published} published, ${result.pressAccessOpened} opened to the press, ${result.embargoesLifted} embargoes lifted, ${result.failed} failed`,
    })
  }
  return result
}

/**
 * Marks `item` open to the press and, the first time its press access opens, alerts the
 * journalists following its topics — in `req`'s transaction, so that a failure leaves the item
 * to the next sweep. Later openings (new times) re-index it but alert no one again.
 */
async function openPressAccess({
  req,
  collection,
  item,
  now,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  item: ScheduledItem
  now: Date
}): Promise<void> {
  const isFirstOpening = !item.pressAlertedAt
  await req.payload.update({
    collection,
    id: item.id,
    data: {
      pressAccessOpenedAt: now.toISOString(),
      ...(isFirstOpening ? { pressAlertedAt: now.toISOString() } : {}),
    } as never,
    // The source language, whatever an earlier read on this request left in `req.locale`.
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    context: { workflowTransition: true },
    req,
  })
  // After the marker is written, so that an item that cannot be marked alerts no one.
  if (isFirstOpening) await sendPressAccessAlerts({ req, collection, item, now })
}

/** Whether `id` is, inside `req`'s transaction, still approved and due (not published since). */
async function isStillDue({
  req,
  collection,
  id,
  now,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  id: number | string
  now: Date
}): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection,
    where: {
      and: [
        { id: { equals: id } },
        { publishAt: { less_than_equal: now.toISOString() } },
        { workflowState: { equals: 'approved' } },
      ],
    },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    req,
  })
  return docs.length === 1
}

type ScheduledItem = OpenedItem & {
  publishAt?: string | null
  pressAlertedAt?: string | null
  securityHold?: { isHeld?: boolean | null } | null
}

async function findAll({
  payload,
  collection,
  where,
  isLatestVersion = false,
}: {
  payload: Payload
  collection: EditorialSlug
  where: Where
  isLatestVersion?: boolean
}): Promise<ScheduledItem[]> {
  const { docs } = await payload.find({
    collection,
    where,
    draft: isLatestVersion,
    fallbackLocale: false,
    depth: 0,
    limit: 500,
    pagination: false,
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
  })
  return docs as unknown as ScheduledItem[]
}
