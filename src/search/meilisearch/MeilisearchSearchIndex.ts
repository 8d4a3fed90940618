import type { Hit, Index, Key, SearchParams, Settings } from 'meilisearch'
import { generateTenantToken } from 'meilisearch/token'

import type { MeilisearchConfig } from '../../env'
import { LOCALES, isLocale, type Locale } from '../../i18n/locales'
import { FILTER_FIELDS, type FilterNode } from '../filter/FilterNode'
import { callMeilisearch, getMeilisearchClient, SearchEngineError } from '../meilisearchClient'
import {
  FACET_FIELDS,
  type FacetCounts,
  type IndexedDocumentRef,
  type ReplaceItemsArgs,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from '../SearchIndex'
import { markersToHtml } from '../text/highlight'
import type { SynonymGroup } from '../text/synonyms'
import { exactDiacriticsWords, withExactDiacritics } from './exactDiacritics'
import { meilisearchSynonyms } from './meilisearchSynonyms'
import { toMeilisearchFilter } from './toMeilisearchFilter'

/** Meilisearch's language codes (ISO 639-3) for our locales, for `localizedAttributes`. */
export const MEILISEARCH_LANGUAGES: Record<Locale, string> = {
  vi: 'vie',
  en: 'eng',
  zh: 'cmn',
  ja: 'jpn',
  ko: 'kor',
  fr: 'fra',
  ru: 'rus',
  km: 'khm',
}

/** The index settings: searchable order, per-locale languages, filters, sorting, typos. */
export function meilisearchSettings(): Settings {
  const perLocale = (field: string) => LOCALES.map((locale) => `${field}_${locale}`)
  return {
    searchableAttributes: [
      ...perLocale('title'),
      ...perLocale('summary'),
      ...perLocale('caption'),
      ...perLocale('labels'),
      'credit',
      ...perLocale('text'),
      EXACT_ATTRIBUTE,
    ],
    // Every field a filter may name (src/search/filter/FilterNode.ts), and the id.
    filterableAttributes: ['id', ...FILTER_FIELDS],
    // `id` breaks ties (see rankingRules and search's `sort`).
    sortableAttributes: ['date', 'publishedAt', 'id'],
    // Each locale's attributes are analysed in its language: Chinese and Japanese never share
    // a field, so Meilisearch does not have to guess between them.
    localizedAttributes: LOCALES.map((locale) => ({
      attributePatterns: [`*_${locale}`],
      locales: [MEILISEARCH_LANGUAGES[locale]],
    })),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // A typo in a Telex spelling is another diacritic, not the exact one.
      disableOnAttributes: [EXACT_ATTRIBUTE],
    },
    // The last rule makes the order total: documents every other rule ties (the same text,
    // the same date) are ranked by id, so each page of a query cuts the same ranking instead
    // of relying on internal document numbers, which change when an item is indexed again.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'id:asc'],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 10_000 },
  }
}

/** A short-lived key for browser-side search, limited to what its holder may see. */
export type SearchToken = { token: string; host: string; indexUid: string; expiresAt: string }

/**
 * The Meilisearch engine (`MEILI_URL`). Writes enqueue Meilisearch tasks and return; only
 * {@link settle} (scripts and tests) waits for them.
 */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const
  private readonly config: MeilisearchConfig
  private pendingTasks: number[] = []
  private opening: Promise<void> | null = null
  private searchKey: Promise<Key> | null = null

  constructor({ config }: { config: MeilisearchConfig }) {
    this.config = config
  }

  get indexUid(): string {
    return this.config.indexUid
  }

  open(): Promise<void> {
    this.opening ??= this.prepare().catch((error: unknown) => {
      this.opening = null
      throw error
    })
    return this.opening
  }

  async replaceItems({ itemKeys, documents }: ReplaceItemsArgs): Promise<void> {
    if (itemKeys.length === 0) return
    await this.open()
    await this.deleteItems({ itemKeys })
    if (documents.length === 0) return
    const task = await callMeilisearch({
      description: `adding ${documents.length} documents`,
      action: () =>
        this.index().addDocuments(documents.map(toMeilisearchDocument), { primaryKey: 'id' }),
    })
    this.pendingTasks.push(task.taskUid)
  }

  async deleteItems({ itemKeys }: { itemKeys: string[] }): Promise<void> {
    if (itemKeys.length === 0) return
    await this.open()
    const filter = toMeilisearchFilter({ kind: 'in', field: 'itemKey', values: itemKeys })!
    const task = await callMeilisearch({
      description: `deleting ${itemKeys.length} items`,
      action: () => this.index().deleteDocuments({ filter }),
    })
    this.pendingTasks.push(task.taskUid)
  }

  /** Replaces the index's synonyms setting (a task, like every write). */
  async updateSynonyms({ groups }: { groups: SynonymGroup[] }): Promise<void> {
    await this.open()
    const task = await callMeilisearch({
      description: 'updating synonyms',
      action: () => this.index().updateSynonyms(meilisearchSynonyms({ groups })),
    })
    this.pendingTasks.push(task.taskUid)
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.open()
    const query = withExactDiacritics({ query: request.query, locale: request.queryLocale })
    // The date sorts end with the id, as the embedded engine's do (SearchIndex's SearchSort).
    const sort =
      request.sort === 'oldest'
        ? ['date:asc', 'id:asc']
        : request.sort === 'newest' || request.query.trim() === ''
          ? ['date:desc', 'id:asc']
          : undefined
    const perLocale = (field: string) => LOCALES.map((locale) => `${field}_${locale}`)
    const params: SearchParams = {
      filter: toMeilisearchFilter(request.filter),
      facets: request.facets.map((facet) => FACET_FIELDS[facet]),
      sort,
      hitsPerPage: request.limit,
      page: request.limit > 0 ? Math.floor(request.offset / request.limit) + 1 : 1,
      matchingStrategy: 'last',
      locales: [MEILISEARCH_LANGUAGES[request.queryLocale]],
      attributesToHighlight: perLocale('title'),
      attributesToCrop: [...perLocale('summary'), ...perLocale('caption'), ...perLocale('text')],
      cropLength: 24,
      cropMarker: '…',
      highlightPreTag: HIGHLIGHT_OPEN,
      highlightPostTag: HIGHLIGHT_CLOSE,
    }
    const response = await callMeilisearch({
      description: 'search',
      action: () => this.index().search<MeilisearchDocument>(query, params),
    })
    const facets: FacetCounts = {}
    for (const facet of request.facets) {
      facets[facet] = { ...(response.facetDistribution?.[FACET_FIELDS[facet]] ?? {}) }
    }
    return {
      hits: response.hits.map(toHit),
      // Page-based requests get an exhaustive count (up to `maxTotalHits`).
      total: (response as { totalHits?: number }).totalHits ?? response.hits.length,
      facets,
    }
  }

  async *listDocuments(): AsyncIterable<IndexedDocumentRef> {
    await this.open()
    const limit = 1000
    for (let offset = 0; ; offset += limit) {
      const page = await callMeilisearch({
        description: 'listing documents',
        action: () =>
          this.index().getDocuments<IndexedDocumentRef>({
            fields: ['id', 'itemKey', 'fingerprint'],
            limit,
            offset,
          }),
      })
      yield* page.results
      if (page.results.length < limit) return
    }
  }

  async clear(): Promise<void> {
    await this.open()
    const task = await callMeilisearch({
      description: 'clearing the index',
      action: () => this.index().deleteAllDocuments(),
    })
    this.pendingTasks.push(task.taskUid)
  }

  async settle(): Promise<void> {
    await this.open()
    const tasks = this.pendingTasks
    this.pendingTasks = []
    if (tasks.length === 0) return
    const client = getMeilisearchClient({ config: this.config })
    const finished = await callMeilisearch({
      description: 'waiting for tasks',
      action: () => client.tasks.waitForTasks(tasks, { timeout: 120_000 }),
    })
    const failed = finished.find((task) => task.status !== 'succeeded')
    if (failed) {
      throw new SearchEngineError({
        message: `Meilisearch task ${failed.uid} (${failed.type}) ${failed.status}: ${failed.error?.message ?? ''}`,
      })
    }
  }

  async assertHealthy(): Promise<void> {
    const client = getMeilisearchClient({ config: this.config })
    await callMeilisearch({ description: 'health check', action: () => client.health() })
    await callMeilisearch({
      description: `reading index ${this.indexUid}`,
      action: () => client.getRawIndex(this.indexUid),
    })
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined)
  }

  /**
   * A tenant token for searching from the browser: signed with a key that can only search this
   * index (never the master key), restricted by `filter`, valid until `expiresAt`. The filter
   * is fixed when the token is made (an embargo ending later stays closed until it expires).
   */
  async createSearchToken({
    filter,
    expiresAt,
  }: {
    filter: FilterNode
    expiresAt: Date
  }): Promise<SearchToken> {
    await this.open()
    const key = await this.searchOnlyKey()
    const expression = toMeilisearchFilter(filter)
    const token = await generateTenantToken({
      apiKey: key.key,
      apiKeyUid: key.uid,
      searchRules: { [this.indexUid]: expression === undefined ? null : { filter: expression } },
      expiresAt,
    })
    return {
      token,
      host: this.config.url,
      indexUid: this.indexUid,
      expiresAt: expiresAt.toISOString(),
    }
  }

  private index(): Index<MeilisearchDocument> {
    return getMeilisearchClient({ config: this.config }).index<MeilisearchDocument>(this.indexUid)
  }

  private async prepare(): Promise<void> {
    const client = getMeilisearchClient({ config: this.config })
    const exists = await callMeilisearch({
      description: `reading index ${this.indexUid}`,
      action: () =>
        client.getRawIndex(this.indexUid).then(
          () => true,
          (error: unknown) => {
            if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found')
              return false
            throw error
          },
        ),
    })
    if (!exists) {
      const created = await callMeilisearch({
        description: `creating index ${this.indexUid}`,
        action: () => client.createIndex(this.indexUid, { primaryKey: 'id' }),
      })
      this.pendingTasks.push(created.taskUid)
    }
    const settings = await callMeilisearch({
      description: 'updating settings',
      action: () => client.index(this.indexUid).updateSettings(meilisearchSettings()),
    })
    this.pendingTasks.push(settings.taskUid)
  }

  private searchOnlyKey(): Promise<Key> {
    this.searchKey ??= (async () => {
      const client = getMeilisearchClient({ config: this.config })
      const name = `ttdn-search-${this.indexUid}`
      const { results } = await callMeilisearch({
        description: 'listing API keys',
        action: () => client.getKeys({ limit: 1000 }),
      })
      const existing = results.find(
        (key) => key.name === name && key.actions.length === 1 && key.actions[0] === 'search',
      )
      if (existing) return existing
      return callMeilisearch({
        description: 'creating the search key',
        action: () =>
          client.createKey({
            name,
            description: 'Signs tenant tokens for browser-side library search',
            actions: ['search'],
            indexes: [this.indexUid],
            expiresAt: null,
          }),
      })
    })().catch((error: unknown) => {
      this.searchKey = null
      throw error
    })
    return this.searchKey
  }
}

/** Texts stored once per locale (`title_vi`, `title_ja`…), so no field mixes languages. */
type LocalizedText = 'title' | 'summary' | 'caption' | 'labels' | 'text'

const EXACT_ATTRIBUTE = 'exact_vi'

// Markers no content contains; turned into escaped HTML with <mark> after the search.
const HIGHLIGHT_OPEN = '\u0002'
const HIGHLIGHT_CLOSE = '\u0003'

type MeilisearchDocument = Omit<SearchDocument, LocalizedText> & Record<string, unknown>

function toMeilisearchDocument(document: SearchDocument): MeilisearchDocument {
  const { title, summary, caption, labels, text, ...fields } = document
  const { locale } = document
  return {
    ...fields,
    [`title_${locale}`]: title,
    [`summary_${locale}`]: summary,
    [`caption_${locale}`]: caption,
    [`labels_${locale}`]: labels,
    [`text_${locale}`]: text,
    ...(locale === 'vi'
      ? {
          [EXACT_ATTRIBUTE]: exactDiacriticsWords({
            text: `${title} ${summary} ${caption}`,
            locale,
          }),
        }
      : {}),
  }
}

function toHit(hit: Hit<MeilisearchDocument>): SearchHit {
  const locale: Locale = isLocale(hit.locale) ? hit.locale : 'vi'
  const text = (field: string, source: Record<string, unknown> = hit) => {
    const value = source[`${field}_${locale}`]
    return typeof value === 'string' ? value : ''
  }
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>
  const toHtml = (value: string) =>
    markersToHtml({ text: value, open: HIGHLIGHT_OPEN, close: HIGHLIGHT_CLOSE })
  const passages = ['summary', 'caption', 'text'].map((field) => text(field, formatted))
  const snippet =
    passages.find((passage) => passage.includes(HIGHLIGHT_OPEN)) ??
    passages.find((passage) => passage !== '') ??
    ''
  return {
    id: hit.id,
    collection: hit.collection,
    itemId: hit.itemId,
    locale,
    type: hit.type,
    infoType: hit.infoType,
    title: text('title'),
    summary: text('summary'),
    caption: text('caption'),
    credit: hit.credit,
    topics: hit.topics,
    agency: hit.agency,
    year: hit.year,
    accessTier: hit.accessTier,
    publishedAt: hit.publishedAt === null ? null : new Date(hit.publishedAt).toISOString(),
    embargoUntil: hit.embargoUntil === null ? null : new Date(hit.embargoUntil).toISOString(),
    highlight: {
      title: toHtml(text('title', formatted) || text('title')),
      snippet: toHtml(snippet),
    },
  }
}
