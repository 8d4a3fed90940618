import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId, requesterOf, type Requester } from '../access/requester'
import type { Env } from '../env'
import { fallbackChain, isLocale, type Locale } from '../i18n/locales'
import { journalistLocale } from '../journalists/hooks/accreditation'
import { parseLibrarySearch } from '../library/searchQuery'
import { allOf, fieldIn, type FilterNode } from '../search/filter/FilterNode'
import { getSearchIndex } from '../search/getSearchIndex'
import type { SearchHit, SearchIndex } from '../search/SearchIndex'
import { searchFilterFor } from '../search/filter/searchFilterFor'
import { libraryFilter } from '../search/searchLibrary'
import { renderDigestMail, type DigestSection } from './digestMail'
import { latestDigestSlot } from './digestSlot'
import { newItemsFilter } from './newItemsFilter'
import { unsubscribeUrls } from './unsubscribeLinks'

/**
 * How long after its time a digest waits before it is made: the search sync indexes a change
 * within seconds (every 10 s), so an item published just before the slot is already findable
 * when its digest is made, and not left out of this window and the next.
 */
export const DIGEST_SETTLE_MS = 60_000

/** The most items one alert lists in a digest; a link to the library page gives the rest. */
export const DIGEST_ITEMS_PER_ALERT = 20

/** The most journalists one run mails: the next run (a minute later) goes on with the rest. */
const JOURNALISTS_PER_RUN = 200

/** What one run of the digest job did. */
export type DigestRun = { sent: number; checked: number; failed: number }

/**
 * Sends the daily alert digests that are due: for each journalist with a saved search or their
 * followed topics on "e-mail me a daily digest", ONE mail in their language listing what became
 * visible to them since their last digest (src/alerts/newItemsFilter.ts), grouped by alert, or
 * no mail when there is nothing new.
 *
 * Each alert remembers the end of the window it was last sent for (`digestSentThrough` on the
 * saved search, `topicDigestSentThrough` on the journalist), and the window always ends at the
 * schedule's slot (`ALERT_DIGEST_SCHEDULE`, the day's 07:00): a second run for the same slot
 * finds nothing due, and a run after an outage sends the missed window whole. A journalist's
 * markers move and their mail is handed to `payload.sendEmail` in one transaction, so a failure
 * leaves both for the next run; with SMTP the mail is stored in the outbox queue, which sends it.
 */
export async function sendDueDigests({
  payload,
  env,
  now,
}: {
  payload: Payload
  env: Env
  now: Date
}): Promise<DigestRun> {
  const slot = latestDigestSlot({
    ...env.alertDigest,
    now: new Date(now.getTime() - DIGEST_SETTLE_MS),
  })
  const run: DigestRun = { sent: 0, checked: 0, failed: 0 }
  if (!slot) return run
  const notSentFor = (field: string): Where => ({
    or: [{ [field]: { less_than: slot.toISOString() } }, { [field]: { exists: false } }],
  })
  const [searches, topicFollowers] = await Promise.all([
    payload.find({
      collection: slugs.savedSearches,
      where: { and: [{ emailDigest: { equals: true } }, notSentFor('digestSentThrough')] },
      depth: 0,
      limit: JOURNALISTS_PER_RUN * 5,
      sort: 'id',
      overrideAccess: true,
    }),
    payload.find({
      collection: slugs.journalists,
      where: { and: [{ topicDigest: { equals: true } }, notSentFor('topicDigestSentThrough')] },
      depth: 0,
      limit: JOURNALISTS_PER_RUN,
      sort: 'id',
      overrideAccess: true,
    }),
  ])
  const journalistIds = [
    ...new Set([
      ...topicFollowers.docs.map((doc) => String(doc.id)),
      ...searches.docs.map((doc) => String(relationId(doc.journalist))),
    ]),
  ].slice(0, JOURNALISTS_PER_RUN)
  const index = getSearchIndex({ env, logger: payload.logger })

  for (const journalistId of journalistIds) {
    run.checked += 1
    const req = await createLocalReq({}, payload)
    try {
      await initTransaction(req)
      const hasSent = await digestForJournalist({
        req,
        env,
        index,
        journalistId,
        searches: searches.docs.filter(
          (doc) => String(relationId(doc.journalist)) === journalistId,
        ),
        slot,
        now,
      })
      await commitTransaction(req)
      if (hasSent) run.sent += 1
    } catch (error) {
      await killTransaction(req)
      run.failed += 1
      payload.logger.error({
        msg: `Alert digest for journalist ${journalistId} failed`,
        err: error,
      })
    }
  }
  return run
}

type SavedSearchDoc = {
  id: number | string
  name: string
  query: string
  locale: string
  emailDigest?: boolean | null
  digestSentThrough?: string | null
}

type JournalistDoc = {
  id: number | string
  name?: string | null
  email: string
  preferredLanguage?: unknown
  followedTopics?: unknown
  topicDigest?: boolean | null
  topicDigestSentThrough?: string | null
}

/** One journalist's digest: finds, moves the markers, mails. Whether a mail went out. */
async function digestForJournalist({
  req,
  env,
  index,
  journalistId,
  searches,
  slot,
  now,
}: {
  req: PayloadRequest
  env: Env
  index: SearchIndex
  journalistId: string
  searches: SavedSearchDoc[]
  slot: Date
  now: Date
}): Promise<boolean> {
  const { payload } = req
  const journalist = (await payload.findByID({
    collection: slugs.journalists,
    id: journalistId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as JournalistDoc | null
  if (!journalist) return false
  const lang = journalistLocale(journalist)
  // Accreditation as it is today decides what is visible, as on their library pages.
  const requester = requesterOf({
    user: { ...journalist, collection: slugs.journalists } as unknown as PayloadRequest['user'],
    now,
  })
  const links = unsubscribeUrls({ env, journalistId, lang })
  const seen = new Set<string>()
  const sections: DigestSection[] = []
  const windowOf = (sentThrough: string | null | undefined): FilterNode | null => {
    // A marker is set when the alert is switched on; one missing starts from this slot.
    const since = sentThrough ? new Date(sentThrough) : slot
    return since < slot ? newItemsFilter({ requester, since, until: slot, now }) : null
  }

  for (const search of searches) {
    const window = windowOf(search.digestSentThrough)
    const parsed = parseLibrarySearch({
      query: new URLSearchParams(search.query),
      lang: isLocale(search.locale) ? search.locale : lang,
    })
    // A query that no longer parses (a topic since removed) has nothing to send.
    if (window && !('error' in parsed)) {
      const filter = allOf([window, libraryFilter({ requester, now, params: parsed.params })])
      const found = await newItems({
        index,
        publicUrl: env.publicUrl,
        requester,
        now,
        lang,
        query: parsed.params.query,
        queryLocale: parsed.params.locale,
        filter,
        seen,
      })
      if (found.items.length > 0)
        sections.push({
          kind: 'savedSearch',
          name: search.name,
          items: found.items,
          ...(found.hasMore ? { moreUrl: searchUrl({ env, lang, query: search.query }) } : {}),
          unsubscribeUrl: links.savedSearch(search.id),
        })
    }
    await payload.update({
      collection: slugs.savedSearches,
      id: search.id,
      data: { digestSentThrough: slot.toISOString() } as never,
      overrideAccess: true,
      req,
    })
  }

  const topicWindow = journalist.topicDigest ? windowOf(journalist.topicDigestSentThrough) : null
  const topicIds = (Array.isArray(journalist.followedTopics) ? journalist.followedTopics : [])
    .map((topic) => relationId(topic))
    .filter((id): id is number | string => id !== null)
    .map(String)
  if (topicWindow && topicIds.length > 0) {
    const names = await topicNames({ req, ids: topicIds, lang })
    for (const topicId of topicIds) {
      const filter = allOf([topicWindow, fieldIn({ field: 'topics', values: [topicId] })])
      const found = await newItems({
        index,
        publicUrl: env.publicUrl,
        requester,
        now,
        lang,
        query: '',
        queryLocale: lang,
        filter,
        seen,
      })
      if (found.items.length > 0)
        sections.push({
          kind: 'topic',
          name: names.get(topicId) ?? topicId,
          items: found.items,
          ...(found.hasMore
            ? {
                moreUrl: searchUrl({
                  env,
                  lang,
                  query: `topic=${encodeURIComponent(topicId)}&sort=newest`,
                }),
              }
            : {}),
          unsubscribeUrl: links.topics,
        })
    }
  }
  if (journalist.topicDigest) {
    await payload.update({
      collection: slugs.journalists,
      id: journalist.id,
      data: { topicDigestSentThrough: slot.toISOString() } as never,
      overrideAccess: true,
      req,
    })
  }

  if (sections.length === 0) return false
  const message = renderDigestMail({
    locale: lang,
    name: journalist.name ?? '',
    sections,
    accountUrl: new URL(`/${lang}/account`, env.publicUrl).toString(),
    unsubscribeAllUrl: links.pageAll(lang),
  })
  await payload.sendEmail({
    to: journalist.email,
    ...message,
    // RFC 2369 and RFC 8058: mail clients offer "unsubscribe", which POSTs to this URL.
    headers: {
      'List-Unsubscribe': `<${links.oneClickAll}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  })
  return true
}

/**
 * The new items `filter` lets through, newest first, at most {@link DIGEST_ITEMS_PER_ALERT},
 * each once per digest (`seen`), titled in `lang` or the nearest language the item has, and
 * how many there were in all.
 */
async function newItems({
  index,
  publicUrl,
  requester,
  now,
  lang,
  query,
  queryLocale,
  filter,
  seen,
}: {
  index: SearchIndex
  publicUrl: string
  requester: Requester
  now: Date
  lang: Locale
  query: string
  queryLocale: Locale
  filter: FilterNode
  seen: Set<string>
}): Promise<{ items: DigestSection['items']; hasMore: boolean }> {
  // Matches in any language: one document per language, so a page of them names fewer items.
  const matched = await index.search({
    query,
    queryLocale,
    filter,
    facets: [],
    sort: 'newest',
    offset: 0,
    limit: DIGEST_ITEMS_PER_ALERT * 8,
  })
  const keys: string[] = []
  for (const hit of matched.hits) {
    const key = itemKeyOf(hit)
    if (!keys.includes(key)) keys.push(key)
  }
  const fresh = keys.filter((key) => !seen.has(key)).slice(0, DIGEST_ITEMS_PER_ALERT)
  if (fresh.length === 0) return { items: [], hasMore: false }
  for (const key of fresh) seen.add(key)
  // Every readable language of those items, to title each in the reader's language if it can.
  const translations = await index.search({
    query: '',
    queryLocale: lang,
    filter: allOf([
      searchFilterFor({ requester, now }),
      fieldIn({ field: 'itemKey', values: fresh }),
    ]),
    facets: [],
    sort: 'newest',
    offset: 0,
    limit: fresh.length * 8,
  })
  const items = fresh.map((key) => {
    const versions = translations.hits.filter((hit) => itemKeyOf(hit) === key)
    const best =
      fallbackChain(lang)
        .map((locale) => versions.find((hit) => hit.locale === locale))
        .find(Boolean) ??
      versions[0] ??
      matched.hits.find((hit) => itemKeyOf(hit) === key)!
    const path = best.collection === 'articles' ? 'articles' : 'media'
    return { title: best.title || '—', url: `${publicUrl}/${lang}/${path}/${best.itemId}` }
  })
  return { items, hasMore: keys.length > fresh.length }
}

/** The library's search page for `query` in `lang`. */
function searchUrl({ env, lang, query }: { env: Env; lang: Locale; query: string }): string {
  return `${env.publicUrl}/${lang}/search?${query}`
}

/** The names of the topics `ids` in `lang` (Payload's locale fallback fills gaps). */
async function topicNames({
  req,
  ids,
  lang,
}: {
  req: PayloadRequest
  ids: string[]
  lang: Locale
}): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: slugs.topics,
    where: { id: { in: ids } },
    locale: lang,
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((topic) => [String(topic.id), String(topic.name ?? '')]))
}

function itemKeyOf(hit: SearchHit): string {
  return `${hit.collection}-${hit.itemId}`
}
