import type { PayloadRequest } from 'payload'

import { slugs, type EditorialSlug } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { applyStep } from '../workflow/applyStep'

/** The values of an item's localized fields in one language. */
export type LocalizedValues = Record<string, unknown>

/** The file of a demo media item, made by the seed. */
export type DemoFile = { data: Buffer; mimetype: string; name: string }

/**
 * Uploads a demo media item through the real upload pipeline (screening, renditions, a video's
 * probe and poster, a document's text) as a Vietnamese draft, then publishes it and each of
 * its `translations` through the workflow; returns its id. `data` holds the Vietnamese values.
 */
export async function createDemoMedia({
  req,
  data,
  file,
  translations,
  seededAt,
  publish = true,
}: {
  req: PayloadRequest
  data: Record<string, unknown>
  file: DemoFile
  translations: Partial<Record<Locale, LocalizedValues>>
  seededAt: Date
  /** `false` leaves the item a draft, for the caller to link before publishing. @default true */
  publish?: boolean
}): Promise<number> {
  const created = await req.payload.create({
    collection: slugs.media,
    locale: DEFAULT_LOCALE,
    data: { ...data, classification: 'unclassified', _status: 'draft' } as never,
    draft: true,
    file: { ...file, size: file.data.length },
    depth: 0,
    req,
    // The seed runs as the system, not as a user: no requester's access applies.
    overrideAccess: true,
    // A file left in media/ by an earlier database must not push this one to `-1.jpg`.
    overwriteExistingFiles: true,
  })
  if (!publish) return created.id
  await publishThroughWorkflow({
    req,
    collection: slugs.media,
    id: created.id,
    texts: translations,
    seededAt,
  })
  return created.id
}

/** The collections whose demo items the seed takes through the workflow. */
export type DemoCollection = EditorialSlug

/**
 * Leaves an item as the workflow would after a publisher published it and each translation:
 * the Vietnamese source published, then each translation written, submitted, approved and
 * published (one write) — every step taken by `applyStep`, as the system, at `seededAt`.
 */
export async function publishThroughWorkflow({
  req,
  collection,
  id,
  texts,
  seededAt,
}: {
  req: PayloadRequest
  collection: DemoCollection
  id: number
  texts: Partial<Record<Locale, LocalizedValues>>
  seededAt: Date
}): Promise<void> {
  await takeSteps({
    req,
    collection,
    id,
    locale: DEFAULT_LOCALE,
    steps: [{ action: 'publish' }],
    seededAt,
  })
  for (const [locale, values] of Object.entries(texts) as Array<[Locale, LocalizedValues]>) {
    await takeSteps({
      req,
      collection,
      id,
      locale,
      steps: [{ action: 'submit' }, { action: 'approve' }, { action: 'publish' }],
      text: values,
      seededAt,
    })
  }
}

/** Takes workflow steps as the system; the demo data must satisfy the workflow's rules. */
export async function takeSteps({
  req,
  collection,
  id,
  locale,
  steps,
  text,
  seededAt,
}: {
  req: PayloadRequest
  collection: DemoCollection
  id: number
  locale: Locale
  steps: Parameters<typeof applyStep>[0]['steps']
  text?: LocalizedValues
  seededAt: Date
}): Promise<void> {
  const outcome = await applyStep({
    req,
    collection,
    id,
    locale,
    steps,
    text,
    actor: { kind: 'system' },
    at: seededAt,
  })
  if (!outcome.ok) {
    const why = outcome.reason === 'refused' ? outcome.refusal.reason : outcome.reason
    throw new AppError({
      message: `Demo seed: the workflow refused ${steps.map((step) => step.action).join(', ')} of ${collection} ${id} in ${locale} (${why})`,
    })
  }
}
