import { createHash } from 'node:crypto'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { relationId } from '../../access/requester'
import { ACCESS_TIERS, type AccessTier } from '../../access/tiers'
import { DEFAULT_LOCALE, LOCALES, fallbackChain, isLocale, type Locale } from '../../i18n/locales'
import { localizedCredit } from '../../media/metadata/localizedCredit'
import { writtenTitle } from '../../media/metadata/mediaTitle'
import type { ItemType, SearchDocument, SearchableCollection } from '../SearchIndex'
import { normalizeText } from '../text/analyzeText'

/** A value as Payload returns it with `locale: 'all'`: one entry per locale that has one. */
export type LocalizedValue<Value> = Partial<Record<Locale, Value>>

/** Names of the topics and agencies an item points to, by id, in every locale. */
export type LabelNames = {
  topics: ReadonlyMap<string, LocalizedValue<string>>
  agencies: ReadonlyMap<string, LocalizedValue<string>>
}

/**
 * The search documents of one item, read with `locale: 'all'` and `depth: 0`: one per locale
 * that has its own text (an article's title; a media item's headline, alt text, caption or
 * keywords, and always Vietnamese, the source). A media item is titled by its headline (else
 * its alt text, else its caption's first line: src/media/metadata/mediaTitle.ts), its keywords
 * are searched with the names of its topics, and its credit names its agency in the document's
 * locale where the agency has an official name there. Topic, agency and place names come in the document's locale, or
 * the nearest one of the content fallback (requested → English → Vietnamese). A document's
 * extracted text goes into the Vietnamese one only: it is in whatever language the file is,
 * one copy keeps the index small, and a search finds it through the fallback to Vietnamese.
 */
export function buildSearchDocuments({
  collection,
  item,
  labels,
}: {
  collection: SearchableCollection
  item: Record<string, unknown>
  labels: LabelNames
}): SearchDocument[] {
  const itemId = String(item.id as string | number)
  const isArticle = collection === 'articles'
  // Articles, albums and events are titled by their own `title`; media by headline, alt, caption.
  const isMedia = collection === 'media'
  const publishedLocales = asLocales(item.publishedLocales)
  const status = item._status === 'published' ? 'published' : 'draft'
  const transitions = Array.isArray(item.transitions)
    ? (item.transitions as Array<Record<string, unknown>>)
    : []
  const itemPublishedAt =
    status === 'published'
      ? (publicationTime({ transitions, locale: DEFAULT_LOCALE }) ?? toTime(item.createdAt))
      : null
  const topicIds = idsOf(item.topics)
  const agency = relationId(item.agency)
  const accessTier = (ACCESS_TIERS as readonly string[]).includes(String(item.accessTier))
    ? (item.accessTier as AccessTier)
    : 'restricted'
  const dateField = DATE_FIELDS[collection]
  const dated = toTime(dateField === null ? null : item[dateField]) ?? itemPublishedAt
  const year = dated === null ? null : new Date(dated).getUTCFullYear()

  return LOCALES.filter((locale) =>
    !isMedia
      ? hasText(localized({ value: item.title, locale }))
      : locale === DEFAULT_LOCALE ||
        [item.headline, item.alt, item.caption].some((value) =>
          hasText(localized({ value, locale })),
        ) ||
        keywordsIn({ value: item.keywords, locale }).length > 0,
  ).map((locale) => {
    const text = (value: unknown) => clean(localized({ value, locale }))
    const title = isMedia ? mediaTitleIn({ item, locale }) : text(item.title)
    const publishedAt =
      status === 'published'
        ? locale === DEFAULT_LOCALE
          ? itemPublishedAt
          : (publicationTime({ transitions, locale }) ?? itemPublishedAt)
        : null
    const fields: Omit<SearchDocument, 'fingerprint'> = {
      id: `${collection}-${itemId}-${locale}`,
      itemKey: `${collection}-${itemId}`,
      collection,
      itemId,
      locale,
      type: isMedia ? mediaType(item.kind) : COLLECTION_TYPES[collection],
      infoType: isArticle && typeof item.infoType === 'string' ? item.infoType : null,
      title,
      summary: isArticle ? text(item.summary) : isMedia ? '' : text(item.description),
      caption: isMedia ? text(item.caption) : '',
      // The agency's official name in this locale where the credit names the agency.
      credit: clean(
        localizedCredit({
          credit: typeof item.credit === 'string' ? item.credit : null,
          agencyNames: agency === null ? null : labels.agencies.get(String(agency)),
          locale,
        }),
      ),
      text: isArticle
        ? richText(localized({ value: item.body, locale }))
        : isMedia
          ? [text(item.usageTerms), locale === DEFAULT_LOCALE ? clean(item.documentText) : '']
              .filter((part) => part !== '')
              .join('\n')
          : '',
      labels: [
        ...topicIds.map((id) => nameIn({ names: labels.topics.get(id), locale })),
        agency === null ? '' : nameIn({ names: labels.agencies.get(String(agency)), locale }),
        isMedia
          ? text(item.placeShown)
          : text((item.place as { name?: unknown } | undefined)?.name),
        // A photo's IPTC keywords in this locale: found like the names of its topics.
        ...(isMedia ? keywordsIn({ value: item.keywords, locale }).map(clean) : []),
      ].filter((label) => label !== ''),
      topics: topicIds,
      agency: agency === null ? null : String(agency),
      year,
      accessTier,
      allowedUsers: idsOf(item.allowedUsers),
      embargoUntil: toTime(item.embargoUntil),
      pressReleaseAt: toTime(item.pressReleaseAt),
      withdrawnAt: toTime(item.withdrawnAt),
      publishedAt,
      date: publishedAt ?? toTime(item.updatedAt) ?? 0,
      status,
      // As serveOnlyPublishedLocales reads it: an item without a list serves every locale.
      isLocalePublished: publishedLocales.length === 0 || publishedLocales.includes(locale),
    }
    return { ...fields, fingerprint: fingerprintOf(fields) }
  })
}

/** The fingerprint of a document's content: equal fingerprints, equal documents. */
export function fingerprintOf(fields: Omit<SearchDocument, 'fingerprint'>): string {
  return createHash('sha1').update(JSON.stringify(fields)).digest('base64url').slice(0, 22)
}

/** Plain text of a Lexical rich-text value. */
export function richText(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  try {
    return clean(convertLexicalToPlaintext({ data: value as never }))
  } catch {
    // A malformed body is indexed without its text rather than not at all.
    return ''
  }
}

function localized({ value, locale }: { value: unknown; locale: Locale }): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)) {
    return (value as Record<string, unknown>)[locale]
  }
  // A value that is not per-locale (a non-localized field) belongs to the source locale.
  return locale === DEFAULT_LOCALE ? value : undefined
}

/**
 * A media item's title in `locale`: the title written in it ({@link writtenTitle}), else the
 * nearest one of the content fallback (a locale indexed for its keywords alone), else the file
 * name.
 */
function mediaTitleIn({ item, locale }: { item: Record<string, unknown>; locale: Locale }): string {
  for (const candidate of fallbackChain(locale)) {
    const text = (value: unknown) => clean(localized({ value, locale: candidate }))
    const title = writtenTitle({
      item: { headline: text(item.headline), alt: text(item.alt), caption: text(item.caption) },
    })
    if (title) return title
  }
  return clean(item.filename)
}

/** A localized list of keywords (or a list stored before keywords were localized) in `locale`. */
function keywordsIn({ value, locale }: { value: unknown; locale: Locale }): string[] {
  const list = localized({ value, locale })
  return Array.isArray(list)
    ? list.filter((keyword): keyword is string => typeof keyword === 'string')
    : []
}

function nameIn({
  names,
  locale,
}: {
  names: LocalizedValue<string> | undefined
  locale: Locale
}): string {
  if (!names) return ''
  for (const candidate of fallbackChain(locale)) {
    const name = clean(names[candidate])
    if (name) return name
  }
  return ''
}

function publicationTime({
  transitions,
  locale,
}: {
  transitions: Array<Record<string, unknown>>
  locale: Locale
}): number | null {
  const step = transitions.find(
    (transition) =>
      transition.action === 'publish' &&
      transition.locale === locale &&
      transition.to === 'published',
  )
  return step ? toTime(step.at) : null
}

/** The item type of the collections whose items are of one type. */
const COLLECTION_TYPES = {
  articles: 'article',
  albums: 'album',
  events: 'event',
} as const satisfies Record<Exclude<SearchableCollection, 'media'>, ItemType>

/** The date an item is filed under (its year facet): when it happened, or was taken. */
const DATE_FIELDS: Record<SearchableCollection, string | null> = {
  articles: 'eventDate',
  media: 'dateTaken',
  albums: null,
  events: 'startDate',
}

function mediaType(kind: unknown): ItemType {
  return kind === 'video' || kind === 'document' ? kind : 'image'
}

function clean(value: unknown): string {
  return typeof value === 'string' ? normalizeText(value).trim() : ''
}

function hasText(value: unknown): boolean {
  return clean(value) !== ''
}

function toTime(value: unknown): number | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map(relationId)
    .filter((id): id is number | string => id !== null)
    .map(String)
}

function asLocales(value: unknown): Locale[] {
  return Array.isArray(value) ? value.filter(isLocale) : []
}
