import { editorialSlugs, type EditorialSlug } from '../../../collections/slugs'
import { DOCUMENT_ID, presentParam } from '../../http/params'
import { isLocale, type Locale } from '../../i18n/locales'
import { OPEN_DELIVERY_STATES, type OpenDeliveryState } from '../../syndication/openDeliveries'

/**
 * The filters of the admin's boards, read from the page's query (`searchParams`). A board is
 * reached through links and its own filter form, so a value the form could not have produced (a
 * stale bookmark, a hand-edited URL, a repeated parameter) is dropped and the board shows
 * unfiltered, rather than turning a page into an error: unlike an API, nobody reads a 400 here.
 */

/** A page's query as Next.js gives it to an admin view. */
export type BoardSearchParams = { [name: string]: string | string[] | undefined } | undefined

export type ReviewQueueFilters = {
  /** Only this agency's items (an agency id). */
  agency?: string
  /** Only this language: the Vietnamese sources, or one translation. */
  locale?: Locale
  /** Only this content collection (the form's `type`). */
  collection?: EditorialSlug
}

export type TranslationBoardFilters = {
  /** The page of the board, from 1. */
  page: number
}

export type DeliveriesBoardFilters = {
  state?: OpenDeliveryState
  /** Only this syndication target's deliveries (a target id). */
  target?: string
}

export type DistributionQueueFilters = Pick<ReviewQueueFilters, 'agency' | 'locale'>

/** The last page number a board accepts; beyond any real board, short of a huge offset. */
export const LAST_BOARD_PAGE = 100_000

/** `/admin/review-queue?agency=&locale=&type=`. */
export function reviewQueueFilters({
  searchParams,
}: {
  searchParams: BoardSearchParams
}): ReviewQueueFilters {
  const locale = singleParam({ searchParams, name: 'locale' })
  return {
    agency: idOf({ value: singleParam({ searchParams, name: 'agency' }) }),
    locale: isLocale(locale) ? locale : undefined,
    collection: memberOf({
      value: singleParam({ searchParams, name: 'type' }),
      values: editorialSlugs,
    }),
  }
}

/** `/admin/distribution-approvals?agency=&locale=`: the review queue's agency and language. */
export function distributionQueueFilters({
  searchParams,
}: {
  searchParams: BoardSearchParams
}): DistributionQueueFilters {
  const { agency, locale } = reviewQueueFilters({ searchParams })
  return { agency, locale }
}

/** `/admin/translation-board?page=`. */
export function translationBoardFilters({
  searchParams,
}: {
  searchParams: BoardSearchParams
}): TranslationBoardFilters {
  const page = singleParam({ searchParams, name: 'page' })
  const number = page !== undefined && /^\d{1,6}$/.test(page) ? Number(page) : 1
  return { page: number >= 1 && number <= LAST_BOARD_PAGE ? number : 1 }
}

/** `/admin/deliveries-board?state=&target=`. */
export function deliveriesBoardFilters({
  searchParams,
}: {
  searchParams: BoardSearchParams
}): DeliveriesBoardFilters {
  return {
    state: memberOf({
      value: singleParam({ searchParams, name: 'state' }),
      values: OPEN_DELIVERY_STATES,
    }),
    target: idOf({ value: singleParam({ searchParams, name: 'target' }) }),
  }
}

/** The parameter's value when given once and not blank. */
function singleParam({
  searchParams,
  name,
}: {
  searchParams: BoardSearchParams
  name: string
}): string | undefined {
  const value = searchParams?.[name]
  return Array.isArray(value) ? undefined : presentParam(value)
}

function idOf({ value }: { value: string | undefined }): string | undefined {
  return value !== undefined && DOCUMENT_ID.test(value) ? value : undefined
}

function memberOf<Value extends string>({
  value,
  values,
}: {
  value: string | undefined
  values: readonly Value[]
}): Value | undefined {
  return values.find((candidate) => candidate === value)
}
