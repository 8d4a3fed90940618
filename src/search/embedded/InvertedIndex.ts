import SearchableMap from 'minisearch/SearchableMap'

import { isLocale, type Locale } from '../../i18n/locales'
import { FILTER_FIELDS } from '../filter/FilterNode'
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
import {
  buildSynonymTable,
  NO_SYNONYMS,
  querySlots,
  type QuerySlot,
  type SynonymGroup,
  type SynonymTable,
} from '../text/synonyms'
import { DocumentColumns } from './DocumentColumns'
import { TextArena, type PackedTexts } from './TextArena'

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
 * Documents are columns too: filter, facet and sort fields in {@link DocumentColumns}, the
 * displayed texts as UTF-8 in one {@link TextArena}, ids in plain arrays; no object per
 * document, so 100,000 documents take less memory than the database holding them.
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
  /** Document numbers given so far, removed ones included until {@link compact}. */
  private count = 0
  /** 1 for each document number that is live. */
  private isLive = new Uint8Array(0)
  private ids: string[] = []
  private itemIds: string[] = []
  private fingerprints: string[] = []
  private display = new TextArena()
  private readonly byId = new Map<string, number>()
  /** The first document number of each item, and the next one of the same item (-1: none). */
  private readonly firstOfItem = new Map<string, number>()
  private nextOfItem = new Int32Array(0)
  private columns = new DocumentColumns()
  private liveCount = 0
  private buffers = new SearchBuffers(0)
  /** Changes with every write, so that a kept match is never used on changed postings. */
  private version = 0
  private lastMatch: TextMatch | null = null
  /** The gazetteer's names (src/search/text/synonyms.ts), as given and as looked up. */
  private synonymGroups: SynonymGroup[] = []
  private synonymTable: SynonymTable = NO_SYNONYMS
  /** Working memory of names of several words, made on the first query that needs it. */
  private phraseBuffers: PhraseBuffers | null = null

  /** Number of documents currently searchable. */
  get size(): number {
    return this.liveCount
  }

  /** Adds `document`, replacing any document with the same id. */
  add(document: SearchDocument): void {
    this.version += 1
    this.removeDocument(document.id)
    if (this.count >= MAX_DOCUMENT_NUMBER) this.compact()
    const number = this.count
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

  /** The synonym groups queries expand with. */
  get synonyms(): SynonymGroup[] {
    return this.synonymGroups
  }

  /**
   * Replaces the synonym groups: from the next query on, a name in `groups` also matches
   * documents holding any other name of its group. Nothing is indexed again: the query is
   * expanded, not the documents.
   */
  setSynonyms(groups: SynonymGroup[]): void {
    this.version += 1
    this.synonymGroups = groups
    this.synonymTable = buildSynonymTable({ groups })
  }

  /** Removes every document of `itemKey`. */
  removeItem(itemKey: string): void {
    this.version += 1
    for (let number = this.firstOfItem.get(itemKey) ?? -1; number >= 0; ) {
      this.forget(number)
      number = this.nextOfItem[number]!
    }
    this.firstOfItem.delete(itemKey)
    this.compactIfSparse()
  }

  *refs(): Iterable<IndexedDocumentRef> {
    for (let number = 0; number < this.count; number += 1) {
      if (this.isLive[number] === 0) continue
      yield {
        id: this.ids[number]!,
        itemKey: this.itemKeyOf(number),
        fingerprint: this.fingerprints[number]!,
      }
    }
  }

  search(request: SearchRequest): SearchResult {
    if (request.filter.kind === 'none') return { hits: [], total: 0, facets: {} }
    const visible = this.columns.bits({ node: request.filter, count: this.count })
    const words = tokenize({
      text: normalizeText(request.query),
      locale: request.queryLocale,
    }).slice(0, MAX_QUERY_WORDS)
    if (this.buffers.ensure(this.count)) this.lastMatch = null

    let matched: Matched
    let highlightTerms: ReadonlySet<string> = new Set<string>()
    if (words.length === 0) {
      this.lastMatch = null
      matched = this.everything({ visible })
    } else {
      matched = { count: 0, isRanked: true }
      const slots = querySlots({ words, table: this.synonymTable })
      // Drop words (a place's name as a whole) from the end until something visible matches.
      for (let used = slots.length; used >= 1; used -= 1) {
        const match = this.matchWords({
          slots: slots.slice(0, used),
          queryLocale: request.queryLocale,
        })
        matched = { count: this.keepVisible({ match, visible }), isRanked: true }
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
    const documents = Object.fromEntries(
      STORED_FIELDS.map((field) => [field, new Array<unknown>(this.count)]),
    ) as StoredColumns
    for (let number = 0; number < this.count; number += 1) {
      const fields = this.fieldsOf(number)
      for (const field of STORED_FIELDS) documents[field][number] = fields[field]
    }
    return {
      terms: { folded: this.folded.terms, exact: this.exact.terms },
      sizes: {
        folded: this.folded.lists.map((list) => list.size),
        exact: this.exact.lists.map((list) => list.size),
      },
      documents,
      display: this.display.packed(this.count),
      postings: [...this.folded.lists, ...this.exact.lists].map((list) => list.view()),
      synonyms: this.synonymGroups,
    }
  }

  /** Rebuilds an index from {@link serialize}'s output. */
  static deserialize(data: SerializedIndex): InvertedIndex {
    const index = new InvertedIndex()
    const count = data.documents.id.length
    index.reserve(count)
    index.display = TextArena.fromPacked(data.display)
    for (let number = 0; number < count; number += 1) {
      const fields = {} as Record<string, unknown>
      // A field added since the snapshot was written (`pressReleaseAt`) reads as none until
      // the item is indexed again.
      for (const field of STORED_FIELDS) fields[field] = data.documents[field]?.[number] ?? null
      index.restore({ fields: fields as StoredFields, number })
    }
    index.folded.load({
      terms: data.terms.folded,
      lists: data.postings.slice(0, data.terms.folded.length),
    })
    index.exact.load({
      terms: data.terms.exact,
      lists: data.postings.slice(data.terms.folded.length),
    })
    data.terms.folded.forEach((term, id) => index.dictionary.set(term, id))
    // Snapshots written before the gazetteer hold none.
    index.setSynonyms(data.synonyms ?? [])
    return index
  }

  private store({ document, number }: { document: SearchDocument; number: number }): void {
    this.reserve(number + 1)
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
    this.display.set({ number, text: JSON.stringify(display) })
    this.restore({ fields, number })
  }

  /** Makes room for document numbers below `capacity`. */
  private reserve(capacity: number): void {
    if (capacity <= this.isLive.length) return
    const next = Math.max(capacity, Math.ceil(this.isLive.length * 1.5), 1024)
    const isLive = new Uint8Array(next)
    isLive.set(this.isLive)
    this.isLive = isLive
    const nextOfItem = new Int32Array(next).fill(-1)
    nextOfItem.set(this.nextOfItem)
    this.nextOfItem = nextOfItem
    this.columns.reserve(next)
  }

  /** Records the fields of document `number`, whose display texts are already stored. */
  private restore({ fields, number }: { fields: StoredFields; number: number }): void {
    this.ids[number] = fields.id
    this.itemIds[number] = fields.itemId
    this.fingerprints[number] = fields.fingerprint
    this.columns.set({ number, values: fields })
    this.byId.set(fields.id, number)
    this.nextOfItem[number] = this.firstOfItem.get(fields.itemKey) ?? -1
    this.firstOfItem.set(fields.itemKey, number)
    this.isLive[number] = 1
    this.count = Math.max(this.count, number + 1)
    this.liveCount += 1
  }

  private removeDocument(id: string): void {
    const number = this.byId.get(id)
    if (number === undefined) return
    const itemKey = this.itemKeyOf(number)
    this.forget(number)
    // Unlinks `number` from its item's chain.
    let previous = -1
    let current = this.firstOfItem.get(itemKey) ?? -1
    while (current >= 0 && current !== number) {
      previous = current
      current = this.nextOfItem[current]!
    }
    const next = this.nextOfItem[number]!
    if (previous >= 0) this.nextOfItem[previous] = next
    else if (next >= 0) this.firstOfItem.set(itemKey, next)
    else this.firstOfItem.delete(itemKey)
  }

  private forget(number: number): void {
    if (this.isLive[number] === 0) return
    this.isLive[number] = 0
    this.byId.delete(this.ids[number]!)
    this.liveCount -= 1
  }

  /** Rewrites the postings without removed documents once they are a quarter of the numbers. */
  private compactIfSparse(): void {
    const dead = this.count - this.liveCount
    if (dead > 1000 && dead > this.count / 4) this.compact()
  }

  private compact(): void {
    if (this.liveCount === this.count) return
    this.version += 1
    const renumbered = new Int32Array(this.count).fill(-1)
    let kept = 0
    for (let number = 0; number < this.count; number += 1) {
      if (this.isLive[number] === 1) {
        renumbered[number] = kept
        kept += 1
      }
    }
    this.folded.renumber(renumbered)
    this.exact.renumber(renumbered)
    const ids = new Array<string>(kept)
    const itemIds = new Array<string>(kept)
    const fingerprints = new Array<string>(kept)
    const itemKeys = new Array<string>(kept)
    renumbered.forEach((number, old) => {
      if (number < 0) return
      ids[number] = this.ids[old]!
      itemIds[number] = this.itemIds[old]!
      fingerprints[number] = this.fingerprints[old]!
      itemKeys[number] = this.itemKeyOf(old)
    })
    this.columns = this.columns.compacted({ renumbered, count: kept })
    this.display = this.display.compacted({ renumbered, count: kept })
    this.ids = ids
    this.itemIds = itemIds
    this.fingerprints = fingerprints
    this.count = kept
    this.isLive = new Uint8Array(kept).fill(1)
    this.nextOfItem = new Int32Array(kept).fill(-1)
    this.byId.clear()
    this.firstOfItem.clear()
    for (let number = 0; number < kept; number += 1) {
      this.byId.set(ids[number]!, number)
      this.nextOfItem[number] = this.firstOfItem.get(itemKeys[number]!) ?? -1
      this.firstOfItem.set(itemKeys[number]!, number)
    }
    this.buffers = new SearchBuffers(0)
    this.phraseBuffers = null
  }

  private itemKeyOf(number: number): string {
    return this.columns.value({ field: 'itemKey', number }) as string
  }

  /** The stored fields of document `number`, as they were given. */
  private fieldsOf(number: number): StoredFields {
    return {
      ...this.columns.values(number),
      id: this.ids[number]!,
      itemId: this.itemIds[number]!,
      fingerprint: this.fingerprints[number]!,
    }
  }

  /**
   * The dictionary terms that can stand for one query word, with their weight. A word of a
   * place's name is taken as a prefix only in Korean, where particles join the name ("동나이성에서");
   * Chinese, Japanese and Khmer names are split into whole words by the same dictionaries as
   * the documents, and a prefix would let ナイ match ナイト.
   */
  private expand({
    word,
    isLast,
    isPlaceName = false,
  }: {
    word: Token
    isLast: boolean
    isPlaceName?: boolean
  }): Expansion {
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
    const isPrefix = isPlaceName ? isHangul : isLast || isUnspaced || isHangul
    if (isPrefix && word.folded.length >= minimumPrefix) {
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
   * Documents matching every one of `slots` — a word, or any name of a place — with their
   * summed scores, left in the shared buffers (`candidates`, `matchCount`, `score`). The last
   * match is kept: the library asks the same words twice in a row (hits in one locale, counts
   * in all), with different filters.
   */
  private matchWords({
    slots,
    queryLocale,
  }: {
    slots: QuerySlot[]
    queryLocale: Locale
  }): TextMatch {
    const typed = slots.map((slot) => slot.alternatives[0]!.map((word) => word.exact).join(' '))
    const key = `${queryLocale}\u0000${typed.join('\u0000')}`
    if (this.lastMatch?.key === key && this.lastMatch.version === this.version) {
      return this.lastMatch
    }
    const expansions = slots.map((slot, index) =>
      slot.isPlace
        ? slot.alternatives.map((run) =>
            run.map((word) => this.expand({ word, isLast: false, isPlaceName: true })),
          )
        : [[this.expand({ word: slot.alternatives[0]![0]!, isLast: index === slots.length - 1 })]],
    )
    const { buffers } = this
    const base = buffers.nextQueryBase()
    let candidates = 0
    const { wordMark, wordScore, touched: touchedNumbers, matchCount, score } = buffers
    expansions.forEach((alternatives, position) => {
      const epoch = buffers.nextWordEpoch()
      // After the first word, only documents that matched every earlier word can still match.
      const required = base + position
      const gate = position === 0 ? null : matchCount
      const into = { epoch, mark: wordMark, scores: wordScore, touched: touchedNumbers }
      const touched =
        alternatives.length === 1 && alternatives[0]!.length === 1
          ? this.scoreWord({ expansion: alternatives[0]![0]!, gate, gateValue: required, into })
          : this.scoreAlternatives({ alternatives, gate, gateValue: required, into })
      for (let index = 0; index < touched; index += 1) {
        const number = touchedNumbers[index]!
        if (position === 0) {
          matchCount[number] = base + 1
          score[number] = wordScore[number]!
          buffers.candidates[candidates] = number
          candidates += 1
        } else {
          matchCount[number] = required + 1
          score[number] = score[number]! + wordScore[number]!
        }
      }
    })
    this.lastMatch = {
      key,
      version: this.version,
      candidates,
      complete: base + expansions.length,
      terms: new Set(expansions.flat(2).flatMap((expansion) => expansion.terms)),
    }
    return this.lastMatch
  }

  /**
   * Scores one query word: each document in `gate` (live documents when it is null, else those
   * whose `gate` entry is `gateValue`) that holds one of the word's variants gets the best of
   * them, plus the exact-diacritics bonus, in `into.scores`, and is listed in `into.touched`.
   * Returns how many were.
   */
  private scoreWord({
    expansion,
    gate,
    gateValue,
    into,
  }: {
    expansion: Expansion
    gate: Int32Array | null
    gateValue: number
    into: ScoreTarget
  }): number {
    const { epoch, mark, scores, touched: touchedNumbers } = into
    const documentCount = this.count
    const { isLive } = this
    const hasRemoved = this.liveCount !== this.count
    const totalDocuments = Math.max(this.liveCount, 1)
    let touched = 0
    for (const variant of expansion.variants) {
      const { values, size } = variant.list
      const factor = idf({ size, total: totalDocuments }) * variant.factor * WEIGHT_STEP
      for (let index = 0; index < size; index += 1) {
        const packed = values[index]!
        const number = packed >>> WEIGHT_BITS
        if (gate === null) {
          if (number >= documentCount || (hasRemoved && isLive[number] === 0)) continue
        } else if (gate[number] !== gateValue) continue
        const wordPoints = (packed & WEIGHT_MASK) * factor
        if (mark[number] !== epoch) {
          mark[number] = epoch
          scores[number] = wordPoints
          touchedNumbers[touched] = number
          touched += 1
        } else if (wordPoints > scores[number]!) {
          scores[number] = wordPoints
        }
      }
    }
    if (expansion.exactBonus) {
      const { values, size } = expansion.exactBonus
      const factor = idf({ size, total: totalDocuments }) * EXACT_BONUS * WEIGHT_STEP
      for (let index = 0; index < size; index += 1) {
        const packed = values[index]!
        const number = packed >>> WEIGHT_BITS
        if (number < documentCount && mark[number] === epoch) {
          scores[number] = scores[number]! + (packed & WEIGHT_MASK) * factor
        }
      }
    }
    return touched
  }

  /**
   * Scores a place's names as one query word: a document in `gate` matches a name when it
   * holds every word of it, and gets the best of the names it matches (the sum of that name's
   * word scores). Results as {@link scoreWord}'s.
   */
  private scoreAlternatives({
    alternatives,
    gate,
    gateValue,
    into,
  }: {
    alternatives: Expansion[][]
    gate: Int32Array | null
    gateValue: number
    into: ScoreTarget
  }): number {
    this.phraseBuffers ??= new PhraseBuffers(0)
    const phrase = this.phraseBuffers
    phrase.ensure(this.buffers.wordMark.length)
    const word = { mark: phrase.wordMark, scores: phrase.wordScore, touched: phrase.touched }
    let touched = 0
    for (const run of alternatives) {
      const runBase = phrase.nextRunBase(run.length)
      let candidates = 0
      run.forEach((expansion, position) => {
        const count = this.scoreWord({
          expansion,
          gate: position === 0 ? gate : phrase.runCount,
          gateValue: position === 0 ? gateValue : runBase + position,
          into: { ...word, epoch: phrase.nextWordEpoch() },
        })
        for (let index = 0; index < count; index += 1) {
          const number = phrase.touched[index]!
          phrase.runCount[number] = runBase + position + 1
          if (position === 0) {
            phrase.runScore[number] = phrase.wordScore[number]!
            phrase.candidates[candidates] = number
            candidates += 1
          } else {
            phrase.runScore[number] = phrase.runScore[number]! + phrase.wordScore[number]!
          }
        }
      })
      for (let index = 0; index < candidates; index += 1) {
        const number = phrase.candidates[index]!
        if (phrase.runCount[number] !== runBase + run.length) continue
        const points = phrase.runScore[number]!
        if (into.mark[number] !== into.epoch) {
          into.mark[number] = into.epoch
          into.scores[number] = points
          into.touched[touched] = number
          touched += 1
        } else if (points > into.scores[number]!) {
          into.scores[number] = points
        }
      }
    }
    return touched
  }

  /** Writes the matched documents that are in `visible` into `results`. */
  private keepVisible({ match, visible }: { match: TextMatch; visible: Uint32Array }): number {
    const { buffers } = this
    let count = 0
    for (let index = 0; index < match.candidates; index += 1) {
      const number = buffers.candidates[index]!
      if (buffers.matchCount[number] !== match.complete) continue
      if (((visible[number >>> 5]! >>> (number & 31)) & 1) === 0) continue
      buffers.results[count] = number
      count += 1
    }
    return count
  }

  private everything({ visible }: { visible: Uint32Array }): Matched {
    let count = 0
    const { isLive } = this
    for (let number = 0; number < this.count; number += 1) {
      if (isLive[number] === 0 || ((visible[number >>> 5]! >>> (number & 31)) & 1) === 0) continue
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
    const { columns, ids } = this
    const dateOf = (number: number) => columns.date(number)
    // A total order, so that every page of a query cuts the same ranking: equal scores and
    // dates fall back to the document id (document numbers change when an item is saved
    // again or the index compacts; ids never do). Without it the heap kept whichever of a
    // tied run it met first, which depends on how many it keeps: pages repeated and skipped.
    const isBeforeById = (a: number, b: number) => ids[a]! < ids[b]!
    // `isBefore(a, b)`: a ranks ahead of b.
    const isBefore =
      sort === 'relevance'
        ? (a: number, b: number) =>
            score[a]! > score[b]! ||
            (score[a] === score[b] &&
              (dateOf(a) > dateOf(b) || (dateOf(a) === dateOf(b) && isBeforeById(a, b))))
        : sort === 'newest'
          ? (a: number, b: number) =>
              dateOf(a) > dateOf(b) || (dateOf(a) === dateOf(b) && isBeforeById(a, b))
          : (a: number, b: number) =>
              dateOf(a) < dateOf(b) || (dateOf(a) === dateOf(b) && isBeforeById(a, b))
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
    const document = this.columns.values(number)
    const display = JSON.parse(this.display.get(number)) as DisplayFields
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
      id: this.ids[number]!,
      collection: document.collection,
      itemId: this.itemIds[number]!,
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
      embargoUntil:
        document.embargoUntil === null ? null : new Date(document.embargoUntil).toISOString(),
      highlight: { title: highlightText({ text: display.title, locale, terms }), snippet },
    }
  }
}

/** What {@link InvertedIndex.serialize} produces: terms, sizes, documents and postings. */
export type SerializedIndex = {
  terms: { folded: string[]; exact: string[] }
  sizes: { folded: number[]; exact: number[] }
  /** The stored fields, one array per field indexed by document number. */
  documents: StoredColumns
  /** Each document's displayed texts as JSON. */
  display: PackedTexts
  /** Folded lists, then exact lists, in term order. */
  postings: Int32Array[]
  /** The synonym groups queries expand with. */
  synonyms?: SynonymGroup[]
}

/** A document's fields other than the displayed texts and the labels (indexed only). */
export type StoredFields = Omit<SearchDocument, keyof DisplayFields | 'labels'>

/** {@link StoredFields} field by field. */
export type StoredColumns = { [Field in keyof StoredFields]: Array<StoredFields[Field]> }

/** Every key of {@link StoredFields}: the filter fields, and those that only come back. */
export const STORED_FIELDS = [
  'id',
  'itemId',
  'fingerprint',
  // `date` is among them: a date range filters on it.
  ...FILTER_FIELDS,
] as const satisfies ReadonlyArray<keyof StoredFields>

type DisplayFields = Pick<SearchDocument, 'title' | 'summary' | 'caption' | 'credit' | 'text'>

type Variant = { list: PostingList; factor: number }

type Expansion = { variants: Variant[]; exactBonus: PostingList | null; terms: string[] }

/** Where {@link InvertedIndex.scoreWord} writes: marks of `epoch`, scores, the documents. */
type ScoreTarget = {
  epoch: number
  mark: Int32Array
  scores: Float32Array
  touched: Int32Array
}

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
  private wordEpochs = new Epochs()
  private queryBases = new Epochs()

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
    return this.wordEpochs.next({ step: 1, marks: this.wordMark })
  }

  nextQueryBase(): number {
    return this.queryBases.next({ step: MAX_QUERY_WORDS + 1, marks: this.matchCount })
  }
}

/**
 * Working memory for names of several words (a place's names in other scripts): each word's
 * scores, and each name's progress and sum, one slot per document number. Marks and counts
 * are epoch numbers, as in {@link SearchBuffers}.
 */
class PhraseBuffers {
  wordMark: Int32Array
  wordScore: Float32Array
  touched: Int32Array
  runCount: Int32Array
  runScore: Float32Array
  candidates: Int32Array
  private wordEpochs = new Epochs()
  private runBases = new Epochs()

  constructor(capacity: number) {
    this.wordMark = new Int32Array(capacity)
    this.wordScore = new Float32Array(capacity)
    this.touched = new Int32Array(capacity)
    this.runCount = new Int32Array(capacity)
    this.runScore = new Float32Array(capacity)
    this.candidates = new Int32Array(capacity)
  }

  /** Grows the buffers to `capacity` (they start afresh). */
  ensure(capacity: number): void {
    if (this.wordMark.length >= capacity) return
    Object.assign(this, new PhraseBuffers(capacity))
  }

  nextWordEpoch(): number {
    return this.wordEpochs.next({ step: 1, marks: this.wordMark })
  }

  /** A base for a name of `words` words: its counts run from base + 1 to base + words. */
  nextRunBase(words: number): number {
    return this.runBases.next({ step: words + 1, marks: this.runCount })
  }
}

/**
 * Numbers that grow with each word, query or name, so that marks left by earlier ones never
 * match a later one and nothing is cleared between them; when they run out, the marks are
 * cleared once and they start again.
 */
class Epochs {
  private value = 0

  /** The next number, `step` past the last. */
  next({ step, marks }: { step: number; marks: Int32Array }): number {
    if (this.value + 2 * step >= 2 ** 30) {
      this.value = 0
      marks.fill(0)
    }
    this.value += step
    return this.value
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
