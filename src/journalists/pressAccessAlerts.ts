import type { PayloadRequest } from 'payload'

import { slugs, type EditorialSlug } from '../../collections/slugs'
import { matchesWhere } from '../access/matchesWhere'
import { isAccredited, relationId } from '../access/requester'
import { contentVisibility } from '../access/visibility'
import { renderMessage } from '../email/renderMessage'
import { getEnv } from '../env'
import { LOCALE_TAGS, type Locale } from '../i18n/locales'
import { formatLocalTime, LIBRARY_FALLBACK_TIME_ZONE } from '../library/localTime'
import { journalistLocale } from './hooks/accreditation'

/** An embargoed item whose press access has just opened, as stored (`depth: 0`). */
export type OpenedItem = Record<string, unknown> & {
  id: number | string
  embargoUntil?: string | null
  topics?: unknown
}

/**
 * Tells the journalists following the item's topics, each once and in their own language, that
 * an item is open to the press before the public (the press-first embargo): the title, the
 * public release time (on the province's clock, the zone named) and the link to the item. Only
 * accredited journalists, and only when the visibility rule lets an accredited journalist read
 * the item now (published, within the press tier, not withdrawn, in its press window) — the
 * same rule their library pages follow. Mail goes through `payload.sendEmail` (queued in the
 * outbox when SMTP is configured). Returns how many journalists were told.
 */
export async function sendPressAccessAlerts({
  req,
  collection,
  item,
  now,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  item: OpenedItem
  now: Date
}): Promise<number> {
  const pressRule = contentVisibility({
    requester: { kind: 'journalist', id: 0, isAccredited: true },
    now,
  })
  const isReadableByPress =
    pressRule === true || (pressRule !== false && matchesWhere({ doc: item, where: pressRule }))
  const embargoUntil = typeof item.embargoUntil === 'string' ? item.embargoUntil : null
  // Once the public sees it too, there is nothing ahead of the public to announce.
  if (!isReadableByPress || !embargoUntil || Date.parse(embargoUntil) <= now.getTime()) return 0
  const topicIds = (Array.isArray(item.topics) ? item.topics : [])
    .map(relationId)
    .filter((id): id is number | string => id !== null)
  if (topicIds.length === 0) return 0

  const { docs: followers } = await req.payload.find({
    collection: slugs.journalists,
    where: {
      and: [{ followedTopics: { in: topicIds } }, { accreditationStatus: { equals: 'approved' } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const titles = new Map<Locale, string>()
  let told = 0
  for (const journalist of followers) {
    // The one definition of accreditation: verified, approved, not expired today.
    if (!isAccredited({ journalist, now })) continue
    const locale = journalistLocale(journalist)
    if (!titles.has(locale))
      titles.set(locale, await titleIn({ req, collection, id: item.id, locale }))
    const message = renderMessage({
      locale,
      subjectKey: 'embargo.pressOpenSubject',
      bodyKey: 'embargo.pressOpenBody',
      params: {
        name: journalist.name,
        title: titles.get(locale) ?? '',
        until: formatLocalTime({
          dateTime: embargoUntil,
          localeTag: LOCALE_TAGS[locale],
          timeZone: LIBRARY_FALLBACK_TIME_ZONE,
        }),
        url: new URL(`/${locale}/${collection}/${String(item.id)}`, getEnv().publicUrl).toString(),
      },
    })
    await req.payload.sendEmail({ to: journalist.email, ...message })
    told += 1
  }
  return told
}

/** The item's title in `locale`, or the nearest language it has one in. */
async function titleIn({
  req,
  collection,
  id,
  locale,
}: {
  req: PayloadRequest
  collection: EditorialSlug
  id: number | string
  locale: Locale
}): Promise<string> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    locale,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  const title = collection === slugs.articles ? doc.title : (doc.displayTitle ?? doc.alt)
  return typeof title === 'string' ? title : ''
}
