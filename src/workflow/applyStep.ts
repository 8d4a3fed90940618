import type { CollectionSlug, PayloadRequest } from 'payload'

import type { StaffRole } from '../access/roles'
import { withRequestContext } from '../context'
import { nullWhenNotFound } from '../errors/notFound'
import type { Locale } from '../i18n/locales'
import { contentOf } from './content'
import { localizedContentPaths, parentAt } from './localizedFields'
import { sourceTextToTranslate } from './sourceText'
import { planSteps, type StepRefusal, type StepRequest, type WorkflowRecord } from './stepPlan'
import { latestVersionId, type TimelineEntry } from './timeline'

/**
 * Who takes a step: a staff member (the requester of `req`, whose access applies to every read
 * and write), or the system carrying out what publishers decided — a scheduled publication —
 * or seeding what they would have done. The system takes the steps a publisher may take.
 */
export type StepActor =
  | { kind: 'staff'; id: number | string; roles: readonly StaffRole[] }
  | { kind: 'system' }

export type StepOutcome =
  | { ok: true; item: WorkflowRecord; doc: WorkflowRecord; entries: TimelineEntry[] }
  | { ok: false; reason: 'notFound' }
  | (StepRefusal & { reason: 'refused' })

/**
 * Takes workflow steps on one item in one locale — the only code that writes a step, for the
 * workflow endpoint, the scheduled publication (src/jobs/publishDueItems.ts) and the demo seed.
 * Reads the item's latest version in exactly `locale` (drafts included, no fallback), checks
 * each step with the rules of src/workflow/states.ts, and records them in one write, each with
 * the same timeline fields ({@link TimelineEntry}).
 *
 * Steps that change what the public sees write the live document: a publication takes the latest
 * (draft) text of its locale with it; a withdrawal or a language taken offline keeps the live
 * text. Other steps follow the latest version: on an item whose newest version is a draft, they
 * are recorded on that draft. Several steps (the seed's submit, approve and publish of a
 * translation) make one write with one entry each.
 */
export async function applyStep({
  req,
  collection,
  id,
  locale,
  steps,
  actor,
  at = new Date(),
  text = {},
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  locale: Locale
  steps: readonly [StepRequest, ...StepRequest[]]
  actor: StepActor
  at?: Date
  /**
   * Text in `locale` written with the steps, as if saved just before them: the seed writes a
   * translation and publishes it in one write. The workflow endpoint never sends any.
   */
  text?: Record<string, unknown>
}): Promise<StepOutcome> {
  const access =
    actor.kind === 'staff'
      ? { overrideAccess: false, user: req.user }
      : { overrideAccess: true as const }
  const item = await findItem({ req, collection, id, locale, access })
  if (!item) return { ok: false, reason: 'notFound' }

  const plan = planSteps({
    item,
    locale,
    roles: actor.kind === 'staff' ? actor.roles : SYSTEM_ROLES,
    steps,
    at,
    by: actor.kind === 'staff' ? actor.id : null,
    version: await latestVersionId({ req, collection, id: item.id }),
  })
  if (!plan.ok) return { ...plan, reason: 'refused' }

  const data: Record<string, unknown> = {
    ...(plan.isPublication
      ? { ...contentOf(item), ...text }
      : plan.isLiveStep
        ? await liveTextOf({ req, collection, item, locale, access })
        : {}),
    ...(plan.startsTranslation
      ? await sourceTextToTranslate({
          req,
          collection,
          item,
          overrideAccess: access.overrideAccess,
        })
      : {}),
    // Live steps keep the item published, or (a withdrawal) keep its last published state.
    ...(plan.isPublication ? {} : text),
    ...(plan.isLiveStep && item.workflowState === 'published' ? { _status: 'published' } : {}),
    ...plan.changes,
    transitions: [...(item.transitions ?? []), ...plan.entries],
  }
  const doc = await asWorkflowStep({
    req,
    write: () =>
      req.payload.update({
        collection,
        id: item.id,
        locale,
        data,
        draft: !plan.isLiveStep && item._status === 'draft',
        depth: 0,
        req,
        ...access,
      }),
  })
  return { ok: true, item, doc: doc as unknown as WorkflowRecord, entries: plan.entries }
}

/** The system carries out publishers' decisions: it takes the steps a publisher may take. */
const SYSTEM_ROLES: readonly StaffRole[] = ['publisher']

type Access = { overrideAccess: false; user: PayloadRequest['user'] } | { overrideAccess: true }

async function findItem({
  req,
  collection,
  id,
  locale,
  access,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  locale: Locale
  access: Access
}): Promise<(WorkflowRecord & Record<string, unknown>) | null> {
  const item = await nullWhenNotFound({
    read: req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      req,
      ...access,
    }),
  })
  return item as unknown as (WorkflowRecord & Record<string, unknown>) | null
}

/**
 * Runs one write as a workflow step (`context.workflowTransition`, which lets it set the fields
 * only steps may change), then restores the request's context. The Local API merges a call's
 * `context` into the shared `req` and leaves it there: passed as an option, the flag would
 * apply to every later write on the same request (the seed's) and skip the workflow's own
 * bookkeeping.
 */
export async function asWorkflowStep<T>({
  req,
  write,
}: {
  req: PayloadRequest
  write: () => Promise<T>
}): Promise<T> {
  return withRequestContext({ req, context: { workflowTransition: true }, run: write })
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
  access,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  item: WorkflowRecord & Record<string, unknown>
  locale: Locale
  access: Access
}): Promise<Record<string, unknown>> {
  const live = (await req.payload.findByID({
    collection,
    id: item.id,
    locale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    req,
    ...access,
  })) as unknown as Record<string, unknown>
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
    text[group!] ??= structuredClone(item[group!] ?? {})
    parentAt({ doc: text, path, create: true })![name] = value
  }
  return text
}
