import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { requesterOf } from '../access/requester'
import { getEnv } from '../env'
import { renderMessage } from '../email/renderMessage'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageKey } from '../i18n'
import { mediaTitle } from '../media/mediaTitle'
import { contentOf } from './content'
import { sourceTextToTranslate } from './sourceText'
import { localizedContentPaths, parentAt } from './localizedFields'
import {
  planTransition,
  WORKFLOW_ACTIONS,
  type TransitionRefusal,
  type WorkflowAction,
} from './states'

const REFUSALS: Record<TransitionRefusal['reason'], { status: number; key: MessageKey }> = {
  unknownAction: { status: 400, key: 'workflow.unknownAction' },
  roleNotAllowed: { status: 403, key: 'workflow.roleNotAllowed' },
  stateNotAllowed: { status: 409, key: 'workflow.stateNotAllowed' },
  reasonRequired: { status: 400, key: 'workflow.reasonRequired' },
  translationNotApproved: { status: 409, key: 'workflow.translationNotApproved' },
  translationStale: { status: 409, key: 'workflow.translationStale' },
  sourceNotPublished: { status: 409, key: 'workflow.sourceNotPublished' },
  securityHold: { status: 422, key: 'workflow.securityHold' },
}

type Item = {
  id: number | string
  _status?: 'draft' | 'published'
  title?: string
  filename?: string
  agency?: unknown
  workflowState?: string
  publishedLocales?: string[]
  sourceRevision?: number
  transitions?: Array<Record<string, unknown>>
  translation?: { status?: string; translatedFromRevision?: number; isStale?: boolean }
  securityHold?: { isHeld?: boolean }
}

/**
 * `POST /api/{articles|media}/:id/workflow` with `{ action, locale?, reason? }`: one step of
 * the editorial workflow — submit, approve, reject, publish, unpublish (a translation) or
 * withdraw — for the Vietnamese source or, with `locale`, for one translation. The role rules
 * are in {@link planTransition}; the item is read and written through the Local API as the
 * requester, so agency and visibility rules apply as everywhere else. Every step is appended
 * to the item's timeline with who, when, which locale, source revision and version.
 */
export function workflowEndpoint({ collection }: { collection: CollectionSlug }): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const requester = requesterOf({ user: req.user, now: new Date() })
      if (requester.kind !== 'staff')
        throw translatedError({ req, status: 401, key: 'errors.unauthorized' })
      const body = (await readJson(req)) as { action?: unknown; locale?: unknown; reason?: unknown }
      if (
        typeof body.action !== 'string' ||
        !(WORKFLOW_ACTIONS as readonly string[]).includes(body.action)
      ) {
        throw translatedError({
          req,
          status: 400,
          key: 'errors.invalidParameter',
          params: { name: 'action', expected: WORKFLOW_ACTIONS.join(', ') },
        })
      }
      const locale = body.locale === undefined ? DEFAULT_LOCALE : body.locale
      if (!isLocale(locale)) {
        throw translatedError({
          req,
          status: 400,
          key: 'errors.invalidParameter',
          params: { name: 'locale', expected: 'vi, en, zh, ja, ko, fr, ru, km' },
        })
      }
      const action = body.action as WorkflowAction
      const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 2000) : undefined
      const routeId = req.routeParams?.id
      const id = typeof routeId === 'string' || typeof routeId === 'number' ? String(routeId) : ''

      // The latest version, drafts included, in exactly this locale (no fallback values): the
      // text a publication step makes live.
      const item = (await req.payload
        .findByID({
          collection,
          id,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
        .catch(() => null)) as Item | null
      if (!item) throw translatedError({ req, status: 404, key: 'errors.notFound' })

      const plan = planTransition({
        action,
        locale,
        roles: requester.roles,
        reason,
        item: {
          state: (item.workflowState ?? 'draft') as never,
          isHeld: item.securityHold?.isHeld === true,
          translation: {
            state: (item.translation?.status ?? 'missing') as never,
            isStale: item.translation?.isStale === true,
          },
          publishedLocales: (item.publishedLocales ?? []).filter(isLocale),
        },
      })
      if (!plan.ok) {
        const refusal = REFUSALS[plan.reason]
        throw translatedError({
          req,
          status: refusal.status,
          key: refusal.key,
          params: { action, state: 'state' in plan ? plan.state : '' },
        })
      }

      const { docs: versions } = await req.payload.findVersions({
        collection,
        where: { parent: { equals: item.id } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const now = new Date().toISOString()
      const step = {
        action,
        locale,
        at: now,
        by: requester.id,
        sourceRevision: item.sourceRevision ?? 1,
        version: versions[0] ? String(versions[0].id) : null,
        reason: reason ?? null,
        ...(plan.scope === 'locale-publication'
          ? { from: null, to: plan.isPublished ? 'published' : 'unpublished' }
          : { from: plan.from, to: plan.to }),
      }
      // Steps that change what the public sees write the live document; a publication takes the
      // latest (draft) text of its locale with it. Other steps follow the latest version: on an
      // item whose newest version is a draft, they are recorded on that draft.
      const isPublication =
        (plan.scope === 'source' && plan.to === 'published') ||
        (plan.scope === 'locale-publication' && plan.isPublished)
      const isLiveStep =
        isPublication ||
        plan.scope === 'locale-publication' ||
        (plan.scope === 'source' && plan.to === 'withdrawn')
      const data: Record<string, unknown> = {
        ...(isPublication
          ? contentOf(item)
          : isLiveStep
            ? await liveTextOf({ req, collection, item, locale })
            : {}),
        // "Start translating" a new translation starts from the Vietnamese text.
        ...(action === 'translate' && plan.scope === 'translation' && plan.from === 'missing'
          ? await sourceTextToTranslate({ req, collection, item: item as never })
          : {}),
        // Live steps keep the item published, or (a withdrawal) keep its last published state.
        ...(isLiveStep && item.workflowState === 'published' ? { _status: 'published' } : {}),
        transitions: [...(item.transitions ?? []), step],
      }
      if (plan.scope === 'source') {
        data.workflowState = plan.to
        if (plan.to === 'published') {
          data._status = 'published'
          data.publishedLocales = [...new Set([...(item.publishedLocales ?? []), DEFAULT_LOCALE])]
        }
        if (plan.to === 'withdrawn') {
          data.withdrawnAt = now
          data.withdrawalReason = reason
        }
      } else if (plan.scope === 'translation') {
        data.translation = {
          ...item.translation,
          status: plan.to,
          translatedFromRevision:
            plan.to === 'approved'
              ? (item.sourceRevision ?? 1)
              : (item.translation?.translatedFromRevision ?? null),
        }
      } else {
        const published = new Set(item.publishedLocales ?? [])
        if (plan.isPublished) published.add(plan.locale)
        else published.delete(plan.locale)
        data.publishedLocales = [...published]
      }

      const updated = await req.payload.update({
        collection,
        id: item.id,
        locale,
        data,
        draft: !isLiveStep && item._status === 'draft',
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        context: { workflowTransition: true },
      })
      await notify({
        req,
        collection,
        item,
        action,
        locale,
        reason,
        actorName: (req.user as { name?: string }).name ?? '',
      })

      const result = updated as unknown as Item
      return Response.json({
        doc: {
          id: result.id,
          workflowState: result.workflowState,
          publishedLocales: result.publishedLocales,
          translation: result.translation,
          sourceRevision: result.sourceRevision,
        },
        transition: step,
      })
    },
  }
}

/**
 * The live text of `item` in `locale`, for a step that writes the live document without
 * publishing (a withdrawal, unpublishing a translation): the latest draft of that language must
 * not go live with it. Languages with no live value are left to the draft (they are not served).
 */
async function liveTextOf({
  req,
  collection,
  item,
  locale,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  item: Item
  locale: Locale
}): Promise<Record<string, unknown>> {
  const live = (await req.payload.findByID({
    collection,
    id: item.id,
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as Record<string, unknown>
  const latest = item as unknown as Record<string, unknown>
  const text: Record<string, unknown> = {}
  for (const path of localizedContentPaths({
    fields: req.payload.collections[collection].config.fields,
  })) {
    const name = path.at(-1)!
    const value = parentAt({ doc: live, path, create: false })?.[name]
    if (value === undefined || value === null) continue
    if (path.length === 1) {
      text[name] = value
      continue
    }
    // A localized field inside a group: the group's other (shared) fields as in the latest version.
    const [group] = path
    text[group!] ??= structuredClone(latest[group!] ?? {})
    parentAt({ doc: text, path, create: true })![name] = value
  }
  return text
}

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return (await req.json?.()) ?? {}
  } catch {
    return {}
  }
}

/** Tells the people who must act: publishers of the agency on a submission, the submitter on a rejection. */
async function notify({
  req,
  collection,
  item,
  action,
  locale,
  reason,
  actorName,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  item: Item
  action: WorkflowAction
  locale: Locale
  reason?: string
  actorName: string
}): Promise<void> {
  if (action !== 'submit' && action !== 'reject') return
  const url = `${getEnv().publicUrl}/admin/collections/${collection}/${String(item.id)}`
  // A photo is named by its headline or caption, never by its generated stored name.
  const title = item.title ?? mediaTitle({ item })
  let recipients: string[] = []
  // Looking up who to tell is the system's business, not the requester's visibility.
  if (action === 'submit') {
    const agencyId =
      typeof item.agency === 'object' && item.agency !== null
        ? (item.agency as { id: unknown }).id
        : item.agency
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { and: [{ roles: { in: ['publisher'] } }, { agency: { equals: agencyId } }] },
      depth: 0,
      limit: 50,
      overrideAccess: true,
      req,
    })
    recipients = docs.map((user) => user.email)
  } else {
    const submitter = [...(item.transitions ?? [])]
      .reverse()
      .find((step) => step.action === 'submit' && step.locale === locale)
    if (submitter?.by) {
      const user = await req.payload
        .findByID({
          collection: 'users',
          id: submitter.by as number,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
      if (user) recipients = [user.email]
    }
  }
  if (recipients.length === 0) return
  const message = renderMessage({
    locale: DEFAULT_LOCALE,
    subjectKey: action === 'submit' ? 'workflow.submittedSubject' : 'workflow.rejectedSubject',
    bodyKey: action === 'submit' ? 'workflow.submittedBody' : 'workflow.rejectedBody',
    params: { title, locale, url, actor: actorName, reason: reason ?? '' },
  })
  const subject = message.subject.replace('{{title}}', title)
  try {
    await req.payload.sendEmail({ to: recipients.join(', '), ...message, subject })
  } catch (error) {
    req.payload.logger.error({
      msg: `Could not send the workflow e-mail for ${collection} ${String(item.id)}`,
      err: error,
    })
  }
}
