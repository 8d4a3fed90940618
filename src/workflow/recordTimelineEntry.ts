import type { PayloadRequest } from 'payload'

import type { EditorialSlug } from '../../collections/slugs'
import { asWorkflowStep } from './applyStep'
import { latestVersionId, type TimelineEntry } from './timeline'

/**
 * Appends one entry to an item's editorial timeline for a decision taken outside the workflow
 * endpoint (the department's approval for national distribution), by `by`. The system writes
 * it, since the person deciding may not edit the item; like the steps `applyStep` records on an
 * item whose newest version is a draft, it goes on that draft. Written with `req`, so it
 * commits with the decision.
 */
export async function recordTimelineEntry({
  req,
  collection,
  id,
  entry,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  id: number | string
  entry: Omit<TimelineEntry, 'version' | 'sourceRevision'>
}): Promise<TimelineEntry> {
  const item = (await req.payload.findByID({
    collection,
    id,
    locale: entry.locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as {
    _status?: string | null
    sourceRevision?: number | null
    transitions?: TimelineEntry[] | null
  }
  const recorded: TimelineEntry = {
    ...entry,
    sourceRevision: item.sourceRevision ?? 1,
    version: await latestVersionId({ req, collection, id }),
  }
  await asWorkflowStep({
    req,
    write: () =>
      req.payload.update({
        collection,
        id,
        locale: entry.locale,
        data: { transitions: [...(item.transitions ?? []), recorded] } as never,
        draft: item._status === 'draft',
        depth: 0,
        overrideAccess: true,
        req,
      }),
  })
  return recorded
}
