import SearchableMap from 'minisearch/SearchableMap'

import { isLocale, type Locale } from '../../i18n/locales'
import {
  FACET_FIELDS,
  type Facet,
  type FacetCounts,
  type IndexedDocumentRef,
  type SearchDocument,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from '../SearchIndex'
import { isUnspacedScript, normalizeText, tokenize, type Token } from '../text/analyzeText'
import { highlightText, snippetOf } from '../text/highlight'
import { DocumentColumns, type NumberPredicate } from './DocumentColumns'

/**
 * The in-memory core of the embedded engine: an inverted index over folded words, with the
 * exact (diacritics-kept) forms alongside, document metadata for filters, facets and sorting,
 * and a short excerpt of each text for snippets.
 *
 * Why not an npm engine: at 100,000 documents, MiniSearch answered a common Vietnamese query
 * ("Đồng Nai", in most documents) with facets in 300–900 ms and Orama in 18–45 s, because
 * both build a JavaScript object per matching document; neither can rank a diacritics-exact
 * match above a folded one while requiring every query word. Here postings are packed typed
 * arrays and per-query state lives in reused buffers, so the same query takes a few ms. The
 * term dictionary with typo and prefix look-up is MiniSearch's radix tree (SearchableMap).
 *
 * Ranking, per query word: the best of its folded match (1), a prefix of a longer word (0.7)
 * or a typo (0.5, 0.3 for two), weighted by field (title 8, summary and caption 4, topic and
 * agency names 3, credit 2, body 1), term frequency and rarity (BM25's tf and idf); a word
 * typed with its diacritics earns the same again where the document has it with exactly
 * those diacritics. Every query word must match; when nothing visible does, words are dropped
 * from the end (Meilisearch's `last` strategy).
 */
export class InvertedIndex {
  private readonly folded = new TermTable()
  private readonly exact = new TermTable()
  private readonly dictionary = new SearchableMap<number>()
  private documents: Array<StoredDocument | undefined> = []
  private readonly byId = new Map<string, number>()
  private readonly byItem = new Map<string, number[]>()
  private columns = new DocumentColumns()
  private liveCount = 0
  private buffers = new SearchBuffers(0)
  /** Changes with every write, so that a kept match is never used on changed postings. */
  private version = 0
  private lastMatch: TextMatch | null = null

  /** Number of documents currently searchable. */
  get size(): number {
    return this.liveCount
  }

  /** Adds `document`, replacing any document with the same id. */
  add(document: SearchDocument): void {
    this.version += 1
    this.removeDocument(document.id)
    if (this.documents.length >= MAX_DOCUMENT_NUMBER) this.compact()
    const number = this.documents.length
    this.store({ document, number })
    const weights = weighTerms(document)
    for (const [term, weight] of weights.folded) {
      const { id, isNew } = this.folded.idOf(term)
      if (isNew) this.dictionary.set(term, id)
      this.folded.lists[id]!.push(packPosting({ number, weight }))
    }
    for (const [term, weight] of weights.exact) {
      const { id } = this.exact.idOf(term)
      this.exact.lists[id]!.push(packPosting({ number, weight }))
    }
  }

  /** Removes every document of `itemKey`. */
  removeItem(itemKey: string): void {
    this.version += 1
    for (const number of this.byItem.get(itemKey) ?? []) this.forget(number)
    this.byItem.delete(itemKey)
    this.compactIfSparse()
  }

  *refs(): Iterable<IndexedDocumentRef> {
    for (const document of this.documents) {
      if (document) {
        yield { id: document.id, itemKey: document.itemKey, fingerprint: document.fingerprint }
      }
    }
  }

  search(request: SearchRequest): SearchResult {
    if (request.filter.kind === 'none') return { hits: [], total: 0, facets: {} }
    const predicate = this.columns.compile(request.filter)
    const words = tokenize({
      text: normalizeText(request.query),
      locale: request.queryLocale,
    }).slice(0, MAX_QUERY_WORDS)
    if (this.buffers.ensure(this.documents.length)) this.lastMatch = null

    let matched: Matched
    let highlightTerms: ReadonlySet<string> = new Set<string>()
    if (words.length === 0) {
      this.lastMatch = null
      matched = this.everything({ predicate })
    } else {
      matched = { count: 0, isRanked: true }
      // Drop words from the end until something visible matches.
      for (let used = words.length; used >= 1; used -= 1) {
        const match = this.matchWords({
          words: words.slice(0, used),
          queryLocale: request.queryLocale,
        })
        matched = { count: this.keepVisible({ match, predicate }), isRanked: true }
        if (matched.count > 0 || used === 1) {
          highlightTerms = match.terms
          break
        }
      }
    }

    const facets = this.countFacets({ facets: request.facets, count: matched.count })
    const selected = this.select({
      count: matched.count,
      sort: matched.isRanked
        ? request.sort
        : request.sort === 'relevance'
          ? 'newest'
          : request.sort,
      take: request.offset + request.limit,
    }).slice(request.offset)
    const hits = selected.map((number) =>
      this.hitOf({ number, terms: highlightTerms, queryLocale: request.queryLocale }),
    )
    return { hits, total: matched.count, facets }
  }

  /** Encodes the index (compacted) for the snapshot file. */
  serialize(): SerializedIndex {
    this.compact()
    const documents = this.documents.map((document) => {
      const { display, ...fields } = document!
      return JSON.stringify({ ...fields, display: display.toString('utf8') })
    })
    return {
      terms: { folded: this.folded.terms, exact: this.exact.terms },
      sizes: {
        folded: this.folded.lists.map((list) => list.size),
        exact: this.exact.lists.map((list) => list.size),
      },
      documents,
      postings: [...this.folded.lists, ...this.exact.lists].map((list) => list.view()),
    }
  }

  /** Rebuilds an index from {@link serialize}'s output. */
  static deserialize(data: SerializedIndex & { postings: Int32Array[] }): InvertedIndex {
    const index = new InvertedIndex()
    data.documents.forEach((line, number) => {
      const { display, ...fields } = JSON.parse(line) as StoredFields & { display: string }
      index.restore({ fields, display: Buffer.from(display, 'utf8'), number })
    })
    index.folded.load({
      terms: data.terms.folded,
      lists: data.postings.slice(0, data.terms.folded.length),
    })
    index.exact.load({
      terms: data.terms.exact,
      lists: data.postings.slice(data.terms.folded.length),
    })
    data.terms.folded.forEach((term, id) => index.dictionary.set(term, id))
    return index
  }

  private store({ document, number }: { document: SearchDocument; number: number }): void {
    const display: DisplayFields = {
      title: document.title,
      summary: document.summary,
      caption: document.caption,
      credit: document.credit,
      text: excerpt({ text: document.text }),
    }
    const {
      title: _t,
      summary: _s,
      caption: _c,
      credit: _cr,
      text: _x,
      labels: _l,
      ...fields
    } = document
    this.restore({ fields, display: Buffer.from(JSON.stringify(display), 'utf8'), number })
  }

  private restore({
    fields,
    display,
    number,
  }: {
    fields: StoredFields
    display: Buffer
    number: number
  }): void {
    this.documents[number] = { ...fields, display }
    this.columns.set({ number, values: fields })
    this.byId.set(fields.id, number)
    const siblings = this.byItem.get(fields.itemKey)
    if (siblings) siblings.push(number)
    else this.byItem.set(fields.itemKey, [number])
    this.liveCount += 1
  }

  private removeDocument(id: string): void {
    const number = this.byId.get(id)
    if (number === undefined) return
    const itemKey = this.documents[number]!.itemKey
    this.forget(number)
    const siblings = this.byItem.get(itemKey)?.filter((sibling) => sibling !== number) ?? []
    if (siblings.length > 0) this.byItem.set(itemKey, siblings)
    else this.byItem.delete(itemKey)
  }

  private forget(number: number): void {
    const document = this.documents[number]
    if (!document) return
    this.documents[number] = undefined
    this.byId.delete(document.id)
    this.liveCount -= 1
  }

  /** Rewrites the postings without removed documents once they are a quarter of the numbers. */
  private compactIfSparse(): void {
    const dead = this.documents.length - this.liveCount
    if (dead > 1000 && dead > this.documents.length / 4) this.compact()
  }

  private compact(): void {
    if (this.liveCount === this.documents.length) return
    this.version += 1
    const renumbered = new Int32Array(this.documents.length).fill(-1)
    const kept: StoredDocument[] = []
    this.documents.forEach((document, number) => {
      if (!document) return
      renumbered[number] = kept.length
      kept.push(document)
    })
    this.folded.renumber(renumbered)
    this.exact.renumber(renumbered)
    this.columns = this.columns.compacted({ renumbered, count: kept.length })
    this.documents = kept
    this.byId.clear()
    this.byItem.clear()
    kept.forEach((document, number) => {
      this.byId.set(document.id, number)
      const siblings = this.byItem.get(document.itemKey)
      if (siblings) siblings.push(number)
      else this.byItem.set(document.itemKey, [number])
    })
    this.buffers = new SearchBuffers(0)
  }

  /** The dictionary terms that can stand for one query word, with their weight. */
  private expand({ word, isLast }: { word: Token; isLast: boolean }): Expansion {
    const variants: Variant[] = []
    const terms: string[] = []
    const add = ({ term, factor }: { term: string; factor: number }) => {
      const id = this.folded.ids.get(term)
      if (id === undefined) return
      variants.push({ list: this.folded.lists[id]!, factor })
      terms.push(term)
    }
    add({ term: word.folded, factor: 1 })

    const isUnspaced = isUnspacedScript(word.folded)
    const isHangul = HANGUL.test(word.folded)
    const minimumPrefix = isUnspaced || isHangul ? 2 : 3
    if ((isLast || isUnspaced || isHangul) && word.folded.length >= minimumPrefix) {
      for (const term of this.mostFrequent({
        terms: this.prefixesOf(word.folded),
        limit: MAX_PREFIX_EXPANSIONS,
      })) {
        add({ term, factor: PREFIX_FACTOR })
      }
    }
    if (!isUnspaced && word.folded.length >= ONE_TYPO_MIN_LENGTH) {
      const maxDistance = word.folded.length >= TWO_TYPOS_MIN_LENGTH ? 2 : 1
      const fuzzy = [...this.dictionary.fuzzyGet(word.folded, maxDistance)].filter(
        ([term]) => term !== word.folded && !terms.includes(term),
      )
      const distances = new Map(fuzzy.map(([term, [, distance]]) => [term, distance]))
      for (const term of this.mostFrequent({
        terms: fuzzy.map(([term]) => term),
        limit: MAX_TYPO_EXPANSIONS,
      })) {
        add({ term, factor: distances.get(term) === 1 ? ONE_TYPO_FACTOR : TWO_TYPOS_FACTOR })
      }
    }
    const exactId = word.exact === word.folded ? undefined : this.exact.ids.get(word.exact)
    return {
      variants,
      exactBonus: exactId === undefined ? null : this.exact.lists[exactId]!,
      terms,
    }
  }

  private prefixesOf(prefix: string): string[] {
    const found: string[] = []
    let scanned = 0
    for (const term of this.dictionary.atPrefix(prefix).keys()) {
      if (term !== prefix) found.push(term)
      scanned += 1
      if (scanned >= MAX_PREFIX_SCAN) break
    }
    return found
  }

  private mostFrequent({ terms, limit }: { terms: string[]; limit: number }): string[] {
    if (terms.length <= limit) return terms
    const sizeOf = (term: string) => this.folded.lists[this.folded.ids.get(term)!]!.size
    return [...terms].sort((a, b) => sizeOf(b) - sizeOf(a)).slice(0, limit)
  }

  /**
   * Documents matching every one of `words`, with their summed scores, left in the shared
   * buffers (`candidates`, `matchCount`, `score`). The last match is kept: the library asks
   * the same words twice in a row (hits in one locale, counts in all), with different filters.
   */
  private matchWords({ words, queryLocale }: { words: Token[]; queryLocale: Locale }): TextMatch {
    const key = `${queryLocale}\u0000${words.map((word) => word.exact).join('\u0000')}`
    if (this.lastMatch?.key === key && this.lastMatch.version === this.version) {
      return this.lastMatch
    }
    const expansions = words.map((word, index) =>
      this.expand({ word, isLast: index === words.length - 1 }),
    )
    const { buffers } = this
    const base = buffers.nextQueryBase()
    let candidates = 0
    const documentCount = this.documents.length
    const totalDocuments = Math.max(this.liveCount, 1)
    expansions.forEach((expansion, position) => {
      const epoch = buffers.nextWordEpoch()
      let touched = 0
      for (const variant of expansion.variants) {
        const { values, size } = variant.list
        const factor = idf({ size, total: totalDocuments }) * variant.factor * WEIGHT_STEP
        for (let index = 0; index < size; index += 1) {
          const packed = values[index]!
          const number = packed >>> WEIGHT_BITS
          if (number >= documentCount || this.documents[number] === undefined) continue
          const score = (packed & WEIGHT_MASK) * factor
          if (buffers.wordMark[number] !== epoch) {
            buffers.wordMark[number] = epoch
            buffers.wordScore[number] = score
            buffers.touched[touched] = number
            touched += 1
          } else if (score > buffers.wordScore[number]!) {
            buffers.wordScore[number] = score
          }
        }
      }
      if (expansion.exactBonus) {
        const { values, size } = expansion.exactBonus
        const factor = idf({ size, total: totalDocuments }) * EXACT_BONUS * WEIGHT_STEP
        for (let index = 0; index < size; index += 1) {
          const packed = values[index]!
          const number = packed >>> WEIGHT_BITS
          if (number < documentCount && buffers.wordMark[number] === epoch) {
            buffers.wordScore[number] = buffers.wordScore[number]! + (packed & WEIGHT_MASK) * factor
          }
        }
      }
      for (let index = 0; index < touched; index += 1) {
        const number = buffers.touched[index]!
        if (position === 0) {
          buffers.matchCount[number] = base + 1
          buffers.score[number] = buffers.wordScore[number]!
          buffers.candidates[candidates] = number
          candidates += 1
        } else if (buffers.matchCount[number] === base + position) {
          buffers.matchCount[number] = base + position + 1
          buffers.score[number] = buffers.score[number]! + buffers.wordScore[number]!
        }
      }
    })
    this.lastMatch = {
      key,
      version: this.version,
      candidates,
      complete: base + expansions.length,
      terms: new Set(expansions.flatMap((expansion) => expansion.terms)),
    }
    return this.lastMatch
  }

  /** Writes the matched documents that `predicate` lets through into `results`. */
  private keepVisible({
    match,
    predicate,
  }: {
    match: TextMatch
    predicate: NumberPredicate
  }): number {
    const { buffers } = this
    let count = 0
    for (let index = 0; index < match.candidates; index += 1) {
      const number = buffers.candidates[index]!
      if (buffers.matchCount[number] !== match.complete) continue
      if (!predicate(number)) continue
      buffers.results[count] = number
      count += 1
    }
    return count
  }

  private everything({ predicate }: { predicate: NumberPredicate }): Matched {
    let count = 0
    const { documents } = this
    for (let number = 0; number < documents.length; number += 1) {
      if (documents[number] === undefined || !predicate(number)) continue
      this.buffers.results[count] = number
      this.buffers.score[number] = 0
      count += 1
    }
    return { count, isRanked: false }
  }

  private countFacets({ facets, count }: { facets: readonly Facet[]; count: number }): FacetCounts {
    const counts: FacetCounts = {}
    for (const facet of facets) {
      counts[facet] = this.columns.count({
        field: FACET_FIELDS[facet],
        numbers: this.buffers.results,
        count,
      })
    }
    return counts
  }

  /** The first `take` matched documents in `sort` order, without sorting all of them. */
  private select({
    count,
    sort,
    take,
  }: {
    count: number
    sort: SearchRequest['sort']
    take: number
  }): number[] {
    if (take <= 0 || count === 0) return []
    const { score, results } = this.buffers
    const { columns } = this
    const dateOf = (number: number) => columns.date(number)
    // `isBefore(a, b)`: a ranks ahead of b.
    const isBefore =
      sort === 'relevance'
        ? (a: number, b: number) =>
            score[a]! > score[b]! || (score[a] === score[b] && dateOf(a) > dateOf(b))
        : sort === 'newest'
          ? (a: number, b: number) => dateOf(a) > dateOf(b) || (dateOf(a) === dateOf(b) && a > b)
          : (a: number, b: number) => dateOf(a) < dateOf(b) || (dateOf(a) === dateOf(b) && a < b)
    const heap = new TopHeap({ capacity: take, isBefore })
    for (let index = 0; index < count; index += 1) heap.offer(results[index]!)
    return heap.sorted()
  }

  private hitOf({
    number,
    terms,
    queryLocale,
  }: {
    number: number
    terms: ReadonlySet<string>
    queryLocale: Locale
  }): SearchHit {
    const document = this.documents[number]!
    const display = JSON.parse(document.display.toString('utf8')) as DisplayFields
    const locale = isLocale(document.locale) ? document.locale : queryLocale
    let snippet: string | null = null
    for (const text of [display.summary, display.caption, display.text]) {
      snippet = snippetOf({ text, locale, terms })
      if (snippet !== null) break
    }
    snippet ??= highlightText({
      text: excerpt({
        text: display.summary || display.caption || display.text,
        length: SNIPPET_CHARS,
      }),
      locale,
      terms,
    })
    return {
      id: document.id,
      collection: document.collection,
      itemId: document.itemId,
      locale: document.locale,
      type: document.type,
      infoType: document.infoType,
      title: display.title,
      summary: display.summary,
      caption: display.caption,
      credit: display.credit,
      topics: document.topics,
      agency: document.agency,
      year: document.year,
      accessTier: document.accessTier,
      publishedAt:
        document.publishedAt === null ? null : new Date(document.publishedAt).toISOString(),
      highlight: { title: highlightText({ text: display.title, locale, terms }), snippet },
    }
  }
}

/** What {@link InvertedIndex.serialize} produces: terms, sizes, documents and postings. */
export type SerializedIndex = {
  terms: { folded: string[]; exact: string[] }
  sizes: { folded: number[]; exact: number[] }
  /** One JSON text per document. */
  documents: string[]
  /** Folded lists, then exact lists, in term order. */
  postings: Int32Array[]
}

type DisplayFields = Pick<SearchDocument, 'title' | 'summary' | 'caption' | 'credit' | 'text'>

type StoredFields = Omit<SearchDocument, keyof DisplayFields | 'labels'>

type StoredDocument = StoredFields & { display: Buffer }

type Variant = { list: PostingList; factor: number }

type Expansion = { variants: Variant[]; exactBonus: PostingList | null; terms: string[] }

type Matched = { count: number; isRanked: boolean }

/** A text match left in the shared buffers, and what it was for. */
type TextMatch = {
  key: string
  version: number
  candidates: number
  complete: number
  terms: ReadonlySet<string>
}

const INDEXED_FIELDS = [
  { name: 'title', weight: 8, referenceLength: 12, maxWords: 300 },
  { name: 'summary', weight: 4, referenceLength: 40, maxWords: 2000 },
  { name: 'caption', weight: 4, referenceLength: 30, maxWords: 2000 },
  { name: 'labels', weight: 3, referenceLength: 8, maxWords: 300 },
  { name: 'credit', weight: 2, referenceLength: 4, maxWords: 100 },
  { name: 'text', weight: 1, referenceLength: 300, maxWords: 30_000 },
] as const

const K1 = 1.2
const B = 0.75
const EXACT_BONUS = 1
const PREFIX_FACTOR = 0.7
const ONE_TYPO_FACTOR = 0.5
const TWO_TYPOS_FACTOR = 0.3
/** Meilisearch's defaults: one typo from 5 letters, two from 9. */
const ONE_TYPO_MIN_LENGTH = 5
const TWO_TYPOS_MIN_LENGTH = 9
const MAX_QUERY_WORDS = 32
const MAX_PREFIX_EXPANSIONS = 40
const MAX_PREFIX_SCAN = 5000
const MAX_TYPO_EXPANSIONS = 30
const TEXT_EXCERPT_CHARS = 800
const SNIPPET_CHARS = 240
const HANGUL = /\p{Script=Hangul}/u

/** A posting is one 32-bit number: the document number, then its weight in 10 bits. */
const WEIGHT_BITS = 10
const WEIGHT_MASK = (1 << WEIGHT_BITS) - 1
const WEIGHT_STEP = 0.05
const MAX_DOCUMENT_NUMBER = 2 ** (31 - WEIGHT_BITS) - 1

function packPosting({ number, weight }: { number: number; weight: number }): number {
  const quantized = Math.min(WEIGHT_MASK, Math.max(1, Math.round(weight / WEIGHT_STEP)))
  return (number << WEIGHT_BITS) | quantized
}

function idf({ size, total }: { size: number; total: number }): number {
  return Math.log(1 + (total - size + 0.5) / (size + 0.5))
}

/** Each folded and exact (where different) term of `document` with its field-weighted tf. */
function weighTerms(document: SearchDocument): {
  folded: Map<string, number>
  exact: Map<string, number>
} {
  const folded = new Map<string, number>()
  const exact = new Map<string, number>()
  for (const field of INDEXED_FIELDS) {
    const value = field.name === 'labels' ? document.labels.join(' · ') : document[field.name]
    if (!value) continue
    const words = tokenize({ text: value, locale: document.locale }).slice(0, field.maxWords)
    const foldedCounts = new Map<string, number>()
    const exactCounts = new Map<string, number>()
    for (const word of words) {
      foldedCounts.set(word.folded, (foldedCounts.get(word.folded) ?? 0) + 1)
      if (word.exact !== word.folded)
        exactCounts.set(word.exact, (exactCounts.get(word.exact) ?? 0) + 1)
    }
    const lengthNorm = 1 - B + (B * words.length) / field.referenceLength
    const weigh = (counts: Map<string, number>, into: Map<string, number>) => {
      for (const [term, frequency] of counts) {
        const tf = (frequency * (K1 + 1)) / (frequency + K1 * lengthNorm)
        into.set(term, (into.get(term) ?? 0) + field.weight * tf)
      }
    }
    weigh(foldedCounts, folded)
    weigh(exactCounts, exact)
  }
  return { folded, exact }
}

function excerpt({ text, length = TEXT_EXCERPT_CHARS }: { text: string; length?: number }): string {
  if (text.length <= length) return text
  const cut = text.lastIndexOf(' ', length)
  return text.slice(0, cut > length / 2 ? cut : length)
}

/** A growing list of packed postings. */
class PostingList {
  values: Int32Array
  size: number

  constructor(values: Int32Array = new Int32Array(2), size = 0) {
    this.values = values
    this.size = size
  }

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Int32Array(Math.max(4, this.values.length * 2))
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.size] = value
    this.size += 1
  }

  view(): Int32Array {
    return this.values.subarray(0, this.size)
  }
}

/** Terms and their posting lists. */
class TermTable {
  readonly ids = new Map<string, number>()
  terms: string[] = []
  lists: PostingList[] = []

  idOf(term: string): { id: number; isNew: boolean } {
    const known = this.ids.get(term)
    if (known !== undefined) return { id: known, isNew: false }
    const id = this.terms.length
    this.ids.set(term, id)
    this.terms.push(term)
    this.lists.push(new PostingList())
    return { id, isNew: true }
  }

  load({ terms, lists }: { terms: string[]; lists: Int32Array[] }): void {
    this.terms = terms
    this.lists = lists.map((values) => new PostingList(values, values.length))
    terms.forEach((term, id) => this.ids.set(term, id))
  }

  /** Drops removed documents (`-1`) and renumbers the rest. Terms stay, possibly empty. */
  renumber(renumbered: Int32Array): void {
    for (const list of this.lists) {
      let kept = 0
      for (let index = 0; index < list.size; index += 1) {
        const packed = list.values[index]!
        const number = renumbered[packed >>> WEIGHT_BITS] ?? -1
        if (number < 0) continue
        list.values[kept] = (number << WEIGHT_BITS) | (packed & WEIGHT_MASK)
        kept += 1
      }
      list.size = kept
    }
  }
}

/**
 * Per-query working memory, one slot per document number, reused across queries. Marks are
 * epoch numbers, so nothing is cleared between queries or words.
 */
class SearchBuffers {
  wordMark: Int32Array
  wordScore: Float32Array
  matchCount: Int32Array
  score: Float32Array
  touched: Int32Array
  candidates: Int32Array
  results: Int32Array
  private wordEpoch = 0
  private queryBase = 0

  constructor(capacity: number) {
    this.wordMark = new Int32Array(capacity)
    this.wordScore = new Float32Array(capacity)
    this.matchCount = new Int32Array(capacity)
    this.score = new Float32Array(capacity)
    this.touched = new Int32Array(capacity)
    this.candidates = new Int32Array(capacity)
    this.results = new Int32Array(capacity)
  }

  /** Grows the buffers to `capacity`; `true` when they were replaced. */
  ensure(capacity: number): boolean {
    if (this.wordMark.length >= capacity) return false
    const next = new SearchBuffers(Math.max(capacity, Math.ceil(this.wordMark.length * 1.5), 1024))
    Object.assign(this, next)
    return true
  }

  nextWordEpoch(): number {
    if (this.wordEpoch >= 2 ** 30) {
      this.wordEpoch = 0
      this.wordMark.fill(0)
    }
    this.wordEpoch += 1
    return this.wordEpoch
  }

  nextQueryBase(): number {
    if (this.queryBase + 2 * (MAX_QUERY_WORDS + 1) >= 2 ** 30) {
      this.queryBase = 0
      this.matchCount.fill(0)
    }
    this.queryBase += MAX_QUERY_WORDS + 1
    return this.queryBase
  }
}

/** Keeps the `capacity` best items offered, by `isBefore`. */
class TopHeap {
  private readonly items: number[] = []
  private readonly capacity: number
  private readonly isBefore: (a: number, b: number) => boolean

  constructor({
    capacity,
    isBefore,
  }: {
    capacity: number
    isBefore: (a: number, b: number) => boolean
  }) {
    this.capacity = capacity
    this.isBefore = isBefore
  }

  offer(item: number): void {
    const { items } = this
    if (items.length < this.capacity) {
      items.push(item)
      this.siftUp(items.length - 1)
    } else if (this.isBefore(item, items[0]!)) {
      items[0] = item
      this.siftDown(0)
    }
  }

  sorted(): number[] {
    return [...this.items].sort((a, b) => (this.isBefore(a, b) ? -1 : this.isBefore(b, a) ? 1 : 0))
  }

  // The root is the worst kept item: the one every other item ranks before.
  private siftUp(index: number): void {
    const { items } = this
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!this.isBefore(items[parent]!, items[index]!)) break
      ;[items[parent], items[index]] = [items[index]!, items[parent]!]
      index = parent
    }
  }

  private siftDown(index: number): void {
    const { items } = this
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let worst = index
      if (left < items.length && this.isBefore(items[worst]!, items[left]!)) worst = left
      if (right < items.length && this.isBefore(items[worst]!, items[right]!)) worst = right
      if (worst === index) return
      ;[items[worst], items[index]] = [items[index]!, items[worst]!]
      index = worst
    }
  }
}
