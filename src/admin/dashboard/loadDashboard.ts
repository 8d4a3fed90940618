import { executeAccess, type PayloadRequest, type Where } from 'payload'

import { editorialSlugs, slugs, type EditorialSlug } from '../../../collections/slugs'
import { hasRole, isStaffUser } from '../../access/roles'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales'
import { countAwaitingDistribution } from '../../syndication/distributionApprovals'
import { listOpenDeliveries } from '../../syndication/openDeliveries'
import { boardsFor } from '../boards/boardAccess'
import { mayReadCollection } from '../readAccess'
import { dashboardTitle, languagesAt, sentBackTo, type LanguageEntry } from './dashboardEntries'

/** The dashboard's cards, in the order they are shown. */
export const DASHBOARD_CARDS = [
  'waitingForReview',
  'sentBack',
  'myDrafts',
  'translationsToDo',
  'failedDeliveries',
  'journalistsAwaiting',
  'recentlyPublished',
] as const

export type DashboardCardKey = (typeof DASHBOARD_CARDS)[number]

/** One line of a card: an item (in one language, for workflow cards) and what to say of it. */
export type DashboardRow = {
  collection: string
  id: number | string
  title: string
  href: string
  locale?: Locale
  /** When the item reached this card (submitted, sent back, published, failed, registered). */
  at: string | null
  /** The publisher's reason for a sent-back item; the last error of a failed delivery. */
  note?: string
}

export type DashboardCard = {
  key: DashboardCardKey
  /** How many things the card stands for, not only the rows shown. */
  count: number
  rows: DashboardRow[]
  /** Counts by language (the review queue and the translations to do). */
  byLocale?: Partial<Record<Locale, number>>
}

const TRANSLATION_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)
/** "Recently published" means within this many days. */
export const RECENT_DAYS = 7

/**
 * The signed-in user's dashboard: the cards their roles work with, each with an exact count
 * and its first `rowLimit` rows. Every read is the user's own (`overrideAccess: false`), and a
 * card whose collection the user may not read is left out, so no role meets a Forbidden.
 */
export async function loadDashboard({
  req,
  rowLimit = 5,
}: {
  req: PayloadRequest
  rowLimit?: number
}): Promise<DashboardCard[]> {
  if (!isStaffUser(req.user) || !req.user) return []
  const boards = boardsFor({ user: req.user })
  const content = await readableContent({ req })
  const cards: DashboardCard[] = []
  const keep = (card: DashboardCard) => cards.push({ ...card, rows: card.rows.slice(0, rowLimit) })

  if (boards.reviewQueue && content.length > 0)
    keep(await languageCard({ req, content, key: 'waitingForReview' }))
  if (boards.translationBoard && content.length > 0) {
    keep(await sentBack({ req, content }))
    keep(await myDrafts({ req, content, rowLimit }))
    keep(await languageCard({ req, content, key: 'translationsToDo' }))
  }
  if (boards.deliveriesBoard && (await mayReadCollection({ req, collection: slugs.deliveries })))
    keep(await failedDeliveries({ req }))
  if (
    (hasRole({ user: req.user, role: 'press-officer' }) ||
      hasRole({ user: req.user, role: 'admin' })) &&
    (await mayReadCollection({ req, collection: slugs.journalists }))
  )
    keep(await journalistsAwaiting({ req, rowLimit }))
  if (content.length > 0) keep(await recentlyPublished({ req, content, rowLimit }))
  return cards.sort((a, b) => DASHBOARD_CARDS.indexOf(a.key) - DASHBOARD_CARDS.indexOf(b.key))
}

/**
 * The counts the navigation shows beside the boards ("Duyệt bài (3)", "Bản dịch (5)"): null
 * for a board the user does not work with.
 */
export async function editorialCounts({ req }: { req: PayloadRequest }): Promise<{
  reviewQueue: number | null
  translations: number | null
  distributionQueue: number | null
}> {
  const boards = boardsFor({ user: req.user })
  const distributionQueue = boards.distributionQueue
    ? await countAwaitingDistribution({ req })
    : null
  const content = await readableContent({ req })
  if (content.length === 0) return { reviewQueue: null, translations: null, distributionQueue }
  const count = async (key: LanguageCardKey) => (await languageCard({ req, content, key })).count
  return {
    reviewQueue: boards.reviewQueue ? await count('waitingForReview') : null,
    translations: boards.translationBoard ? await count('translationsToDo') : null,
    distributionQueue,
  }
}

type LanguageCardKey = 'waitingForReview' | 'translationsToDo'

/** The cards that list the languages of items waiting at one step, one row a language. */
const LANGUAGE_CARDS: Record<
  LanguageCardKey,
  {
    /** The Vietnamese source's state that counts, if the source counts at all. */
    sourceState?: string
    translationStatus: string
    order: 'oldest' | 'newest'
    /** Only items the user may edit (their work to do). */
    editableOnly: boolean
  }
> = {
  // Sources submitted and translations in review: the review queue, oldest first.
  waitingForReview: {
    sourceState: 'submitted',
    translationStatus: 'in-review',
    order: 'oldest',
    editableOnly: false,
  },
  // Translations being made (new, or sent back) on items the user may edit, newest first.
  translationsToDo: { translationStatus: 'in-translation', order: 'newest', editableOnly: true },
}

/** The content collections whose read rule lets the user read at least some items. */
async function readableContent({ req }: { req: PayloadRequest }): Promise<EditorialSlug[]> {
  const content: EditorialSlug[] = []
  for (const collection of editorialSlugs)
    if (await mayReadCollection({ req, collection })) content.push(collection)
  return content
}

async function languageCard({
  req,
  content,
  key,
}: {
  req: PayloadRequest
  content: readonly EditorialSlug[]
  key: LanguageCardKey
}): Promise<DashboardCard> {
  const { sourceState, translationStatus, order, editableOnly } = LANGUAGE_CARDS[key]
  const rows: DashboardRow[] = []
  const byLocale: Partial<Record<Locale, number>> = {}
  for (const collection of content) {
    const editable = editableOnly ? await updateConstraint({ req, collection }) : true
    if (editable === false) continue
    // One read per collection: the state of every language, picked apart below.
    const waiting: Where[] = [
      ...(sourceState ? [{ workflowState: { equals: sourceState } }] : []),
      ...TRANSLATION_LOCALES.map((locale) => ({
        [`translation.${locale}.status`]: { equals: translationStatus },
      })),
    ]
    const docs = await readAll({
      req,
      collection,
      where: { and: [{ or: waiting }, ...(editable === true ? [] : [editable])] },
    })
    for (const doc of docs) {
      for (const entry of languagesAt({ doc, sourceState, translationStatus })) {
        byLocale[entry.locale] = (byLocale[entry.locale] ?? 0) + 1
        rows.push(rowOf({ collection, doc, entry }))
      }
    }
  }
  rows.sort((a, b) => {
    const byTime = String(a.at ?? '').localeCompare(String(b.at ?? ''))
    return order === 'oldest' ? byTime : -byTime
  })
  return { key, count: rows.length, rows, byLocale }
}

/** Languages sent back to the user: their submission refused, with the publisher's reason. */
async function sentBack({
  req,
  content,
}: {
  req: PayloadRequest
  content: readonly EditorialSlug[]
}): Promise<DashboardCard> {
  const userId = req.user!.id
  const rows: DashboardRow[] = []
  for (const collection of content) {
    const docs = await readAll({
      req,
      collection,
      where: {
        and: [
          { 'transitions.action': { equals: 'reject' } },
          {
            or: [{ 'transitions.by': { equals: userId } }, { createdBy: { equals: userId } }],
          },
        ],
      },
    })
    for (const doc of docs) {
      for (const entry of sentBackTo({ doc, userId }))
        rows.push({ ...rowOf({ collection, doc, entry }), note: entry.reason })
    }
  }
  rows.sort((a, b) => String(b.at ?? '').localeCompare(String(a.at ?? '')))
  return { key: 'sentBack', count: rows.length, rows }
}

/** Drafts the user created and has not yet submitted, last edited first. */
async function myDrafts(args: {
  req: PayloadRequest
  content: readonly EditorialSlug[]
  rowLimit: number
}): Promise<DashboardCard> {
  return newestCard({
    ...args,
    key: 'myDrafts',
    where: {
      and: [{ workflowState: { equals: 'draft' } }, { createdBy: { equals: args.req.user!.id } }],
    },
    draft: true,
    atOf: (doc) => (doc.updatedAt as string | undefined) ?? null,
  })
}

/** Items live in the library, last changed first; the count is of the last {@link RECENT_DAYS}. */
async function recentlyPublished(args: {
  req: PayloadRequest
  content: readonly EditorialSlug[]
  rowLimit: number
}): Promise<DashboardCard> {
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000).toISOString()
  return newestCard({
    ...args,
    key: 'recentlyPublished',
    where: {
      and: [
        { workflowState: { equals: 'published' } },
        { updatedAt: { greater_than_equal: since } },
      ],
    },
    draft: false,
    atOf: (doc) => {
      const published = (Array.isArray(doc.transitions) ? doc.transitions : [])
        .filter((step: { action?: unknown }) => step.action === 'publish')
        .at(-1) as { at?: unknown } | undefined
      return typeof published?.at === 'string' ? published.at : ((doc.updatedAt as string) ?? null)
    },
  })
}

/**
 * A card of the items matching `where` in every content collection, last changed first: its
 * count is of them all, its rows the first `rowLimit` of each collection (in Vietnamese).
 */
async function newestCard({
  req,
  content,
  rowLimit,
  key,
  where,
  draft,
  atOf,
}: {
  req: PayloadRequest
  content: readonly EditorialSlug[]
  rowLimit: number
  key: DashboardCardKey
  where: Where
  /** Whether to read the latest drafts rather than the published versions. */
  draft: boolean
  /** When the item reached the card. */
  atOf: (doc: Record<string, unknown>) => string | null
}): Promise<DashboardCard> {
  let count = 0
  const rows: DashboardRow[] = []
  for (const collection of content) {
    const result = await req.payload.find({
      collection,
      where,
      draft,
      depth: 0,
      limit: Math.max(rowLimit, 1),
      sort: '-updatedAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    count += result.totalDocs
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>)
      rows.push({
        ...rowOf({ collection, doc, entry: { locale: DEFAULT_LOCALE, at: null } }),
        at: atOf(doc),
      })
  }
  rows.sort((a, b) => String(b.at ?? '').localeCompare(String(a.at ?? '')))
  return { key, count, rows }
}

/** Pushes a syndication target refused and the queue gave up on (the deliveries board's). */
async function failedDeliveries({ req }: { req: PayloadRequest }): Promise<DashboardCard> {
  const { groups } = await listOpenDeliveries({ req, state: 'failed' })
  const rows: DashboardRow[] = groups.flatMap((group) =>
    group.deliveries.map((delivery) => ({
      collection: slugs.deliveries,
      id: delivery.id,
      title: `${delivery.itemTitle ?? delivery.uri ?? `#${delivery.id}`} → ${group.target.name}`,
      href: `/admin/collections/${slugs.deliveries}/${delivery.id}`,
      at: delivery.createdAt,
      note: delivery.lastError ?? undefined,
    })),
  )
  rows.sort((a, b) => String(b.at ?? '').localeCompare(String(a.at ?? '')))
  return { key: 'failedDeliveries', count: rows.length, rows }
}

/** Journalists who registered and wait for a press officer's decision, oldest first. */
async function journalistsAwaiting({
  req,
  rowLimit,
}: {
  req: PayloadRequest
  rowLimit: number
}): Promise<DashboardCard> {
  const result = await req.payload.find({
    collection: slugs.journalists,
    where: { accreditationStatus: { equals: 'pending' } },
    depth: 0,
    limit: Math.max(rowLimit, 1),
    sort: 'createdAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    key: 'journalistsAwaiting',
    count: result.totalDocs,
    rows: result.docs.map((journalist) => ({
      collection: slugs.journalists,
      id: journalist.id,
      title:
        [journalist.name, journalist.outlet].filter(Boolean).join(' — ') || `#${journalist.id}`,
      href: `/admin/collections/${slugs.journalists}/${journalist.id}`,
      at: journalist.createdAt,
    })),
  }
}

/** Every matching item (drafts, every language) as the user may read it. */
async function readAll({
  req,
  collection,
  where,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  where: Where
}): Promise<Array<Record<string, unknown>>> {
  const { docs } = await req.payload.find({
    collection,
    where,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs as unknown as Array<Record<string, unknown>>
}

/** The collection's own update rule for the user: false, true, or the items it allows. */
async function updateConstraint({
  req,
  collection,
}: {
  req: PayloadRequest
  collection: EditorialSlug
}): Promise<boolean | Where> {
  const collectionConfig = req.payload.collections[collection].config
  const result: unknown = await executeAccess(
    { collectionConfig, disableErrors: true, req },
    collectionConfig.access.update,
  )
  if (typeof result === 'object' && result !== null) return result as Where
  return Boolean(result)
}

function rowOf({
  collection,
  doc,
  entry,
}: {
  collection: string
  doc: Record<string, unknown>
  entry: LanguageEntry
}): DashboardRow {
  const id = doc.id as number | string
  const query = entry.locale === DEFAULT_LOCALE ? '' : `?locale=${entry.locale}`
  return {
    collection,
    id,
    title: dashboardTitle({ collection, doc, locale: entry.locale }),
    href: `/admin/collections/${collection}/${String(id)}${query}`,
    locale: entry.locale,
    at: entry.at,
  }
}
