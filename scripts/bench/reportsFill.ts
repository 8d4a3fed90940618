import type { Payload } from 'payload'

import { insertTableRows } from './corpusRows'

/** What the fill made, for the bench's summary. */
export type ReportsFillSummary = Record<string, number>

const LOCALES = ['vi', 'en', 'zh', 'ja', 'ko', 'fr', 'ru', 'km'] as const
const INFO_TYPES = ['official', 'promotional', 'world', 'clarification'] as const
const MEDIA_KINDS = ['image', 'image', 'image', 'video', 'document'] as const
const COUNTRIES = ['JP', 'KR', 'CN', 'FR', 'US', 'RU', 'KH', 'DE', 'AU', 'SG', '']
const OUTLETS = ['Nikkei Asia', 'Yonhap', 'Xinhua', 'Le Monde', 'AP', 'TASS', 'Khmer Times', '']
const DAY = 86_400_000
const HOUR = 3_600_000

/**
 * Fills the statistics' tables with `items` items over the two years from `start`, as rows
 * straight into Payload's SQL tables (scripts/bench/corpusRows.ts): articles and media with
 * their timelines (publications, translations, withdrawals), published languages and
 * translation states; a change-log entry and a push to each target per publication; journalists;
 * press downloads; and daily page-view counters. Deterministic (a seeded generator), so runs
 * compare.
 */
export async function fillReportsData({
  payload,
  items,
  start,
  agencyIds,
  targetIds,
}: {
  payload: Payload
  items: number
  /** The first day of the two years, `YYYY-MM-DD`. */
  start: string
  agencyIds: readonly number[]
  targetIds: readonly number[]
}): Promise<ReportsFillSummary> {
  const random = seededRandom(17)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const from = Date.parse(`${start}T00:00:00Z`)
  const span = 730 * DAY
  const rows: Record<string, Array<Record<string, unknown>>> = {}
  const add = (table: string, row: Record<string, unknown>) => (rows[table] ??= []).push(row)
  const iso = (time: number) => new Date(time).toISOString()
  const published: Array<{ collection: 'articles' | 'media'; id: number; at: number }> = []
  const mediaIds: number[] = []
  let transitionId = 0
  let eventId = 0

  for (let index = 0; index < items; index += 1) {
    const collection = index % 10 < 7 ? 'articles' : 'media'
    const id = index + 1
    const createdAt = from + Math.floor(random() * span)
    const isPublished = random() < 0.8
    const publishedAt = createdAt + Math.floor(random() * 3 * DAY)
    const isWithdrawn = isPublished && random() < 0.03
    const live: string[] = []
    const translations: Record<string, { status: string; from: number }> = {}
    const sourceRevision = isPublished && random() < 0.1 ? 2 : 1
    const transition = (action: string, locale: string, at: number) =>
      add(`${collection}_transitions`, {
        _order: ++transitionId,
        _parentID: id,
        id: String(transitionId).padStart(24, '0'),
        action,
        locale,
        at: iso(at),
      })
    if (isPublished) {
      transition('publish', 'vi', publishedAt)
      if (!isWithdrawn) live.push('vi')
      for (const locale of LOCALES.slice(1)) {
        if (random() >= (locale === 'en' ? 0.6 : 0.2)) continue
        transition('publish', locale, publishedAt + Math.floor(random() * 10 * DAY))
        translations[locale] = { status: 'approved', from: random() < 0.5 ? 1 : sourceRevision }
        if (!isWithdrawn) live.push(locale)
      }
      if (isWithdrawn) transition('withdraw', 'vi', publishedAt + 20 * DAY)
      else published.push({ collection, id, at: publishedAt })
    }
    const control = {
      id,
      agency: pick(agencyIds),
      accessTier: 'public',
      classification: 'unclassified',
      workflowState: isWithdrawn ? 'withdrawn' : isPublished ? 'published' : 'draft',
      sourceRevision,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
      _status: isPublished ? 'published' : 'draft',
    }
    if (collection === 'articles') {
      add('articles', { ...control, infoType: pick(INFO_TYPES) })
    } else {
      mediaIds.push(id)
      add('media', {
        ...control,
        kind: pick(MEDIA_KINDS),
        filename: `bench-${id}.jpg`,
        mimeType: 'image/jpeg',
        licence: 'editorial-use',
        modelRelease: 'not-applicable',
      })
    }
    for (const locale of LOCALES) {
      const translation = translations[locale]
      add(`${collection}_locales`, {
        _parentID: id,
        _locale: locale,
        [collection === 'articles' ? 'title' : 'displayTitle']: `${collection} ${id} ${locale}`,
        translation_status: translation?.status ?? (locale === 'vi' ? null : 'missing'),
        translation_translatedFromRevision: translation?.from ?? null,
      })
    }
    live.forEach((locale, order) =>
      add(`${collection}_published_locales`, { parent: id, order: order + 1, value: locale }),
    )
    if (Object.values(rows).reduce((total, list) => total + list.length, 0) > 20_000)
      await flush({ payload, rows })
  }
  await flush({ payload, rows })

  // A publication's change-log entry and its push to each target.
  for (const item of published) {
    eventId += 1
    add('sync_events', {
      id: eventId,
      kind: 'upsert',
      itemCollection: item.collection,
      itemId: String(item.id),
      locale: 'vi',
      uri: `urn:bench:${item.collection}:${item.id}`,
      version: 1,
      ninjs: {},
      createdAt: iso(item.at),
      updatedAt: iso(item.at),
    })
    for (const target of targetIds) {
      const roll = random()
      const status = roll < 0.9 ? 'delivered' : roll < 0.95 ? 'failed' : 'pending'
      const deliveredAt = item.at + Math.floor(random() * 48 * HOUR)
      add('deliveries', {
        target,
        event: eventId,
        itemCollection: item.collection,
        itemId: String(item.id),
        uri: `urn:bench:${item.collection}:${item.id}`,
        version: 1,
        kind: 'upsert',
        status,
        attempts: 1,
        receiptId: status === 'delivered' && random() < 0.8 ? `receipt-${eventId}-${target}` : null,
        deliveredAt: status === 'delivered' ? iso(deliveredAt) : null,
        createdAt: iso(item.at + 60_000),
        updatedAt: iso(item.at + 60_000),
      })
    }
    if (Object.values(rows).reduce((total, list) => total + list.length, 0) > 20_000)
      await flush({ payload, rows })
  }

  const journalists = Math.max(100, Math.round(items / 30))
  for (let id = 1; id <= journalists; id += 1) {
    const createdAt = from + Math.floor(random() * span)
    const isApproved = random() < 0.6
    add('journalists', {
      id,
      email: `journalist-${id}@bench.example`,
      name: `Journalist ${id}`,
      outlet: pick(OUTLETS),
      country: pick(COUNTRIES),
      preferredLanguage: 'en',
      accreditationStatus: isApproved ? 'approved' : 'pending',
      accreditationDecidedAt: isApproved ? iso(createdAt + 2 * DAY) : null,
      _verified: true,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
    })
  }
  const downloads = Math.round(items / 2)
  for (let index = 0; index < downloads; index += 1) {
    const at = iso(from + Math.floor(random() * span))
    const media = pick(mediaIds)
    add('media_downloads', {
      journalist: 1 + Math.floor(random() * journalists),
      media,
      itemTitle: `media ${media} vi`,
      variant: 'original',
      createdAt: at,
      updatedAt: at,
    })
  }
  // Daily counters: one per published item on a few days after its publication.
  const counters = new Set<string>()
  for (const item of published) {
    for (let day = 0; day < 3; day += 1) {
      const date = iso(item.at + (day + Math.floor(random() * 30)) * DAY).slice(0, 10)
      const key = `${item.collection}:${item.id}:${date}`
      if (counters.has(key)) continue
      counters.add(key)
      add('page_views', {
        key,
        itemCollection: item.collection,
        [item.collection === 'articles' ? 'article' : 'media']: item.id,
        day: date,
        count: 1 + Math.floor(random() * 40),
        createdAt: iso(item.at),
        updatedAt: iso(item.at),
      })
    }
    if (Object.values(rows).reduce((total, list) => total + list.length, 0) > 20_000)
      await flush({ payload, rows })
  }
  await flush({ payload, rows })
  return {
    items,
    publishedLive: published.length,
    syncEvents: eventId,
    deliveries: eventId * targetIds.length,
    journalists,
    downloads,
    pageViewCounters: counters.size,
  }
}

async function flush({
  payload,
  rows,
}: {
  payload: Payload
  rows: Record<string, Array<Record<string, unknown>>>
}): Promise<void> {
  // Parents before children: the SQL schema's foreign keys.
  const order = (table: string) => (/_(locales|transitions|published_locales)$/.test(table) ? 1 : 0)
  for (const table of Object.keys(rows).sort((a, b) => order(a) - order(b))) {
    await insertTableRows({ payload, table, rows: rows[table]! })
    rows[table] = []
  }
}

/** A small deterministic generator (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
