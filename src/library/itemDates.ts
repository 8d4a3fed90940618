import type { Payload } from 'payload'

import type { EditorialSlug } from '../../collections/slugs'
import type { Locale } from '../i18n/locales'

/** When an item was published in a language, and when it was last published again there. */
export type ItemDates = { publishedAt: string | null; updatedAt: string | null }

/** A step of an item's editorial timeline, as the workflow records it. */
type TimelineStep = { action?: unknown; locale?: unknown; to?: unknown; at?: unknown }

/**
 * The publication and update times of an item in `locale`, from its editorial timeline: the
 * first time it was published in that language, and — when it was published there again
 * later, after a change — the last time. Neither is taken from `updatedAt`, which moves with
 * every internal write (download counts, renditions, search bookkeeping). An item published
 * without a recorded step (imported, seeded) is dated by its creation.
 */
export function itemDatesOf({
  transitions,
  locale,
  createdAt,
}: {
  transitions: readonly TimelineStep[]
  locale: Locale
  createdAt: string | null
}): ItemDates {
  const times = transitions
    .filter(
      (step) => step.action === 'publish' && step.locale === locale && step.to === 'published',
    )
    .map((step) => (typeof step.at === 'string' ? Date.parse(step.at) : Number.NaN))
    .filter((time) => Number.isFinite(time))
    .sort((a, b) => a - b)
  const first = times[0]
  const last = times.at(-1)
  if (first === undefined || last === undefined) return { publishedAt: createdAt, updatedAt: null }
  return {
    publishedAt: new Date(first).toISOString(),
    updatedAt: last > first ? new Date(last).toISOString() : null,
  }
}

/**
 * The dates of an item the reader has just been allowed to read (its page read it through the
 * visibility rule first). The timeline is staff-only, as it names editors; only these two
 * times leave it, as the search index's publication dates do.
 */
export async function readItemDates({
  payload,
  collection,
  id,
  locale,
}: {
  payload: Payload
  collection: EditorialSlug
  id: number | string
  locale: Locale
}): Promise<ItemDates> {
  const item = await payload.findByID({
    collection,
    id,
    depth: 0,
    select: { transitions: true, createdAt: true },
    overrideAccess: true,
  })
  return itemDatesOf({
    transitions: (item.transitions ?? []) as TimelineStep[],
    locale,
    createdAt: item.createdAt ?? null,
  })
}
