import { slugs } from '../../collections/slugs'
import type { Article } from '../../src/payload-types'
import type { TestApp } from './startPayload'

/**
 * Creates a published, public, unclassified article of `agency` straight through the Local API
 * (no workflow steps), as content that already went live; `data` adds or overrides fields.
 */
export async function createPublishedArticle({
  app,
  agency,
  title,
  infoType = 'official',
  data = {},
}: {
  app: TestApp
  agency: number
  title: string
  infoType?: Article['infoType']
  data?: Partial<Article>
}): Promise<Article> {
  return app.payload.create({
    collection: slugs.articles,
    data: {
      title,
      infoType,
      agency,
      accessTier: 'public',
      classification: 'unclassified',
      _status: 'published',
      ...data,
    },
  })
}

/**
 * Records the approval of the draft `id` with its publication time, as the workflow would after a
 * publisher's decision (the system writes it directly; the steps are the workflow's business).
 */
export async function approveForPublication({
  app,
  collection = slugs.articles,
  id,
  publishAt,
}: {
  app: TestApp
  collection?: typeof slugs.articles | typeof slugs.media
  id: number
  publishAt: Date
}): Promise<void> {
  await app.payload.update({
    collection,
    id,
    data: { workflowState: 'approved', publishAt: publishAt.toISOString() } as never,
    context: { workflowTransition: true },
    draft: true,
  })
}

/** A draft article of `agency`, public and unclassified, approved to go live at `publishAt`. */
export async function createScheduledArticle({
  app,
  agency,
  title,
  publishAt,
}: {
  app: TestApp
  agency: number
  title: string
  publishAt?: Date
}): Promise<number> {
  const { id } = await app.payload.create({
    collection: slugs.articles,
    draft: true,
    data: {
      title,
      infoType: 'official',
      agency,
      accessTier: 'public',
      classification: 'unclassified',
    },
  })
  if (publishAt) await approveForPublication({ app, id, publishAt })
  return id
}
