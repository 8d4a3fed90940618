import type { AccessTier } from '../access/tiers'
import type { Locale } from '../i18n/locales'
import type { FilterNode } from './filter/FilterNode'
import type { SynonymGroup } from './text/synonyms'

/** The kinds of item the library holds: articles, media by their kind, albums and events. */
export const ITEM_TYPES = ['article', 'image', 'video', 'document', 'album', 'event'] as const
export type ItemType = (typeof ITEM_TYPES)[number]

/** The collections whose items are searchable. */
export const SEARCHABLE_COLLECTIONS = ['articles', 'media', 'albums', 'events'] as const
export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

/** Facets, by the name the API uses. */
export const FACETS = ['type', 'infoType', 'topic', 'agency', 'year', 'locale'] as const
export type Facet = (typeof FACETS)[number]

/** The document field behind each facet. */
export const FACET_FIELDS = {
  type: 'type',
  infoType: 'infoType',
  topic: 'topics',
  agency: 'agency',
  year: 'year',
  locale: 'locale',
} as const satisfies Record<Facet, keyof SearchDocument>

/**
 * The orders a search can ask for. Each is total, on both engines, so that consecutive pages
 * never repeat or skip a hit: relevance (then `date`, newest first), or `date` either way, and
 * in every case the document `id` last, for documents that tie on everything else.
 */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/**
 * One search document: one item (article, media item, album or event) in one locale. Texts are in that locale,
 * NFC-normalised; ids are strings (SQLite numbers and MongoDB ObjectIds alike); dates are
 * epoch milliseconds so that both engines can compare them.
 */
export type SearchDocument = {
  /** `${collection}-${itemId}-${locale}`: the characters Meilisearch allows in an id. */
  id: string
  /** `${collection}-${itemId}`: every locale of one item. */
  itemKey: string
  collection: SearchableCollection
  itemId: string
  locale: Locale
  type: ItemType
  infoType: string | null
  title: string
  summary: string
  caption: string
  credit: string
  /** Body text of an article; usage terms of a media item, and a document's extracted text. */
  text: string
  /** Names of the item's topics, agency and place in this locale. */
  labels: string[]
  topics: string[]
  agency: string | null
  year: number | null
  accessTier: AccessTier
  allowedUsers: string[]
  embargoUntil: number | null
  /** The press release time of a press-first embargo (accredited journalists read from it). */
  pressReleaseAt: number | null
  withdrawnAt: number | null
  publishedAt: number | null
  /** What "newest" sorts on: the publication time, or the last change of a draft. */
  date: number
  status: 'draft' | 'published'
  /** Whether this locale of the item is published (readers outside the staff see no other). */
  isLocalePublished: boolean
  /** A hash of everything above, to tell a stale document from a current one. */
  fingerprint: string
}

export type SearchRequest = {
  /** Free text; empty lists everything the filter lets through. */
  query: string
  /** The language the query is written in: it decides word segmentation. */
  queryLocale: Locale
  filter: FilterNode
  facets: readonly Facet[]
  sort: SearchSort
  offset: number
  /** 0 counts and facets only. */
  limit: number
}

/** One result: the document's displayed fields, with the publication time as ISO text. */
export type SearchHit = Pick<
  SearchDocument,
  | 'id'
  | 'collection'
  | 'itemId'
  | 'locale'
  | 'type'
  | 'infoType'
  | 'title'
  | 'summary'
  | 'caption'
  | 'credit'
  | 'topics'
  | 'agency'
  | 'year'
  | 'accessTier'
> & {
  publishedAt: string | null
  /** The public release time of an item still under embargo for its reader, as ISO text. */
  embargoUntil: string | null
  /**
   * The title and the best passage with the matched words in `<mark>`; everything else is
   * HTML-escaped, so both can be inserted as HTML.
   */
  highlight: { title: string; snippet: string }
}

/** Counts per facet value. */
export type FacetCounts = Partial<Record<Facet, Record<string, number>>>

export type SearchResult = { hits: SearchHit[]; total: number; facets: FacetCounts }

/** The items a write replaces, and every document they have now. */
export type ReplaceItemsArgs = { itemKeys: string[]; documents: SearchDocument[] }

/** What the drift check reads back from an index. */
export type IndexedDocumentRef = { id: string; itemKey: string; fingerprint: string }

/**
 * A search engine holding {@link SearchDocument}s. Writes are idempotent, so a sync job that
 * is retried does no harm. Implementations: src/search/embedded (in-process, persisted under
 * DATA_DIR) and src/search/meilisearch.
 */
export interface SearchIndex {
  readonly engine: 'embedded' | 'meilisearch'
  /** Loads or prepares the index (settings, files). Idempotent; other methods call it. */
  open(): Promise<void>
  /** Removes every document of `itemKeys`, then adds `documents` (all of those items). */
  replaceItems(args: ReplaceItemsArgs): Promise<void>
  /** Removes every document of `itemKeys`. */
  deleteItems(args: { itemKeys: string[] }): Promise<void>
  /**
   * Replaces the synonym groups (the gazetteer's names of each place, src/search/synonyms):
   * a query naming a place in one group's name also finds documents naming it in another.
   * Takes effect without indexing anything again.
   */
  updateSynonyms(args: { groups: SynonymGroup[] }): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
  /** Every document's id and fingerprint, for the drift check. */
  listDocuments(): AsyncIterable<IndexedDocumentRef>
  /** Removes every document. */
  clear(): Promise<void>
  /**
   * Waits until every write made so far is applied and durable. For scripts and tests: request
   * handlers and jobs never wait on the engine's own queue.
   */
  settle(): Promise<void>
  /** Throws unless the index is loaded and can take writes. */
  assertHealthy(): Promise<void>
  close(): Promise<void>
}
