import type { PayloadRequest, Where } from 'payload'

import { editorialSlugs, slugs, type EditorialSlug } from '../../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales'
import { dashboardTitle } from '../dashboard/dashboardEntries'
import { optionLabel } from '../labels'
import { boardAgencies, boardLoader } from './boardAccess'
import type { ReviewQueueFilters } from './boardFilters'

/** One language of one item waiting for a publisher. */
export type ReviewQueueRow = {
  collection: EditorialSlug
  id: number | string
  title: string
  locale: Locale
  /** The item's agency, by name. */
  agency: string
  /** The item's type as the collection labels it ("Ảnh", "Quảng bá"), not the stored value. */
  kind: string
  /** When this language was last submitted. */
  submittedAt?: string
}

export type ReviewQueue = {
  /** Every agency, for the filter form. */
  agencies: Array<{ id: string; name: string }>
  /** Oldest submission first. */
  rows: ReviewQueueRow[]
}

/** Most items read per collection and language. */
const ROWS_PER_READ = 100

/** The select field that says what kind of item each content collection holds (albums: none). */
const KIND_FIELD: Record<EditorialSlug, string | null> = {
  [slugs.articles]: 'infoType',
  [slugs.media]: 'kind',
  [slugs.albums]: null,
  [slugs.events]: 'kind',
}

/**
 * The review queue (`/admin/review-queue`): everything waiting for a publisher — Vietnamese
 * sources submitted and translations in review — narrowed by `filters`. Reads through the Local
 * API as the signed-in user, so each publisher sees what their agency's rule lets them see;
 * refuses (403) a role that does not approve.
 */
export const loadReviewQueue = boardLoader<ReviewQueueFilters, ReviewQueue>({
  board: 'reviewQueue',
  load: async ({ req, filters }) => {
    const { agencies, nameOf } = await boardAgencies({ req })
    const rows: ReviewQueueRow[] = []
    for (const collection of filters.collection ? [filters.collection] : editorialSlugs) {
      for (const locale of filters.locale ? [filters.locale] : LOCALES) {
        const where: Where = {
          and: [
            locale === DEFAULT_LOCALE
              ? { workflowState: { equals: 'submitted' } }
              : { 'translation.status': { equals: 'in-review' } },
            ...(filters.agency ? [{ agency: { equals: filters.agency } }] : []),
          ],
        }
        const { docs } = await req.payload.find({
          collection,
          where,
          locale,
          draft: true,
          depth: 0,
          limit: ROWS_PER_READ,
          overrideAccess: false,
          user: req.user,
          req,
        })
        for (const doc of docs as unknown as Array<Record<string, unknown>>) {
          const submits = ((doc.transitions ?? []) as Array<Record<string, unknown>>).filter(
            (step) => step.action === 'submit' && step.locale === locale,
          )
          rows.push({
            collection,
            id: doc.id as number | string,
            title: dashboardTitle({ collection, doc, locale }),
            locale,
            agency: nameOf(doc.agency),
            kind: kindLabel({ req, collection, doc }),
            submittedAt: submits.at(-1)?.at as string | undefined,
          })
        }
      }
    }
    rows.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))
    return { agencies, rows }
  },
})

/** The label of what kind of item `doc` is, or '' for a collection whose items have no kind. */
function kindLabel({
  req,
  collection,
  doc,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  doc: Record<string, unknown>
}): string {
  const path = KIND_FIELD[collection]
  if (path === null) return ''
  return optionLabel({
    fields: req.payload.collections[collection].config.flattenedFields,
    path,
    value: doc[path],
    i18n: req.i18n,
  })
}
