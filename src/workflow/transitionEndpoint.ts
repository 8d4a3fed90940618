import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { requesterOf } from '../access/requester'
import { getEnv } from '../env'
import { renderMessage } from '../email/renderMessage'
import { nullWhenNotFound } from '../errors/notFound'
import { translatedError } from '../errors/translatedError'
import { readJsonBody } from '../http/jsonBody'
import { DEFAULT_LOCALE, type Locale, type MessageKey } from '../i18n'
import { mediaTitle } from '../media/metadata/mediaTitle'
import { applyStep } from './applyStep'
import type { TransitionRefusal, WorkflowAction } from './states'
import type { WorkflowRecord } from './stepPlan'
import { parseTransitionParams } from './transitionParams'

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

/** The item as the step read it, with what the e-mails name it by. */
type Item = WorkflowRecord & {
  title?: string
  filename?: string
  agency?: unknown
  transitions?: Array<Record<string, unknown>> | null
}

/**
 * `POST /api/{articles|media}/:id/workflow` with `{ action, locale?, reason? }`: one step of
 * the editorial workflow — submit, approve, reject, publish, unpublish (a translation) or
 * withdraw — for the Vietnamese source or, with `locale`, for one translation. The step is
 * taken by {@link applyStep} as the requester, so the role rules of src/workflow/states.ts and
 * the agency and visibility rules apply as everywhere else, and it is appended to the item's
 * timeline with who, when, which locale, source revision and version.
 */
export function workflowEndpoint({ collection }: { collection: CollectionSlug }): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const requester = requesterOf({ user: req.user, now: new Date() })
      if (requester.kind !== 'staff')
        throw translatedError({ req, status: 401, key: 'errors.unauthorized' })
      const { id, action, locale, reason } = parseTransitionParams({
        id: req.routeParams?.id,
        body: await readJsonBody({ req }),
      })
      if (id === null) throw translatedError({ req, status: 404, key: 'errors.notFound' })

      const outcome = await applyStep({
        req,
        collection,
        id,
        locale,
        steps: [{ action, reason }],
        actor: requester,
      })
      if (!outcome.ok && outcome.reason === 'notFound')
        throw translatedError({ req, status: 404, key: 'errors.notFound' })
      if (!outcome.ok) {
        const refusal = REFUSALS[outcome.refusal.reason]
        throw translatedError({
          req,
          status: refusal.status,
          key: refusal.key,
          params: { action, state: 'state' in outcome.refusal ? outcome.refusal.state : '' },
        })
      }
      const item = outcome.item as Item
      await notify({
        req,
        collection,
        item,
        action,
        locale,
        reason,
        actorName: (req.user as { name?: string }).name ?? '',
      })

      const result = outcome.doc as Item
      return Response.json({
        doc: {
          id: result.id,
          workflowState: result.workflowState,
          publishedLocales: result.publishedLocales,
          translation: result.translation,
          sourceRevision: result.sourceRevision,
        },
        transition: outcome.entries[0],
      })
    },
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
      // A submitter whose account has since been deleted is told nothing.
      const user = await nullWhenNotFound({
        read: req.payload.findByID({
          collection: 'users',
          id: submitter.by as number,
          depth: 0,
          overrideAccess: true,
          req,
        }),
      })
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
