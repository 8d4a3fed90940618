/**
 * The search bench's peers: the same library search — visibility filter, facets chosen, hits
 * in the requested language or its fallback, facet counts, highlighted titles — answered by
 * SQLite's own full-text search (FTS5, through the `@libsql/client` the app already uses) and by
 * MiniSearch, on the same search documents as the embedded engine.
 *
 * - FTS5: one virtual table with `tokenize = 'unicode61 remove_diacritics 2'` (SQLite's
 *   unaccented tokenizer) beside a table of the filter fields; the query's words must all
 *   match, the last one as a prefix; ranked by bm25 with the embedded engine's field weights.
 *   It keeps its index on disk.
 * - MiniSearch: given the embedded engine's own text analysis (the same words, folded, CJK
 *   segmented), its field boosts, a prefix on the last word and its typo rule (one from 5
 *   letters, two from 9), every word required; one search per request, split by language.
 */
import { createClient, type Client, type InValue } from '@libsql/client'
import MiniSearch from 'minisearch'

import type { Requester } from '../../src/access/requester'
import { fallbackChain, type Locale } from '../../src/i18n/locales'
import type { FilterNode, FilterValue } from '../../src/search/filter/FilterNode'
import { libraryFilter, type LibrarySearchParams } from '../../src/search/searchLibrary'
import type { SearchDocument } from '../../src/search/SearchIndex'
import { tokenize } from '../../src/search/text/analyzeText'
import { highlightText } from '../../src/search/text/highlight'

/** One request of the bench, as every engine receives it. */
export type PeerRun = { params: LibrarySearchParams; requester: Requester; now: Date }

/** A peer's answer: the ids of the hits shown, best first, and how many matched. */
export type PeerAnswer = { ids: string[]; total: number }

export type SearchPeer = {
  search: (run: PeerRun) => Promise<PeerAnswer>
  close: () => Promise<void>
}

/** FTS5 over `batches` of search documents, in the SQLite file `file`. */
export async function buildFts5Peer({
  file,
  batches,
}: {
  file: string
  batches: Iterable<SearchDocument[]>
}): Promise<SearchPeer> {
  const client = createClient({ url: `file:${file}` })
  await client.batch(
    [
      `CREATE TABLE docs (n INTEGER PRIMARY KEY, ${Object.keys(FILTER_COLUMNS)
        .map((field) => `"${field}"`)
        .join(', ')}, id TEXT)`,
      `CREATE VIRTUAL TABLE fts USING fts5(${TEXT_FIELDS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2')`,
    ],
    'write',
  )
  let n = 0
  for (const documents of batches) {
    const statements = documents.flatMap((document) => {
      n += 1
      return [
        {
          sql: `INSERT INTO docs VALUES (?, ${Object.keys(FILTER_COLUMNS)
            .map(() => '?')
            .join(', ')}, ?)`,
          // `date`, which the date sorts read, is one of the filter columns.
          args: [n, ...FILTER_FIELD_NAMES.map((field) => sqlValue(document[field])), document.id],
        },
        {
          sql: `INSERT INTO fts (rowid, ${TEXT_FIELDS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          args: [n, ...TEXT_FIELDS.map((field) => textOf({ document, field }))],
        },
      ]
    })
    if (statements.length > 0) await client.batch(statements, 'write')
  }
  await client.execute(`INSERT INTO fts(fts) VALUES ('optimize')`)
  return {
    search: (run) => searchFts5({ client, run }),
    close: () => Promise.resolve(client.close()),
  }
}

/** MiniSearch over `batches` of search documents, in this process's memory. */
export function buildMiniSearchPeer({ batches }: { batches: Iterable<SearchDocument[]> }): {
  peer: SearchPeer
} {
  const index = new MiniSearch<SearchDocument>({
    fields: [...TEXT_FIELDS],
    storeFields: [...FILTER_FIELD_NAMES, 'id', 'title'],
    // The embedded engine's words, in the document's language; MiniSearch splits on spaces.
    extractField: (document, field) =>
      TEXT_FIELDS.includes(field as TextField)
        ? { text: textOf({ document, field: field as TextField }), locale: document.locale }
        : document[field as keyof SearchDocument],
    stringifyField: (value: { text: string; locale: Locale }) =>
      tokenize(value)
        .map((token) => token.folded)
        .join(' '),
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  })
  for (const documents of batches) index.addAll(documents)
  return {
    peer: {
      search: (run) => Promise.resolve(searchMiniSearch({ index, run })),
      close: () => Promise.resolve(),
    },
  }
}

const TEXT_FIELDS = ['title', 'summary', 'caption', 'labels', 'credit', 'text'] as const
type TextField = (typeof TEXT_FIELDS)[number]
/** The embedded engine's field weights (src/search/embedded/InvertedIndex.ts). */
const FIELD_WEIGHTS: Record<TextField, number> = {
  title: 8,
  summary: 4,
  caption: 4,
  labels: 3,
  credit: 2,
  text: 1,
}
/** The filter fields and whether they hold a list (kept as JSON in SQLite). */
const FILTER_COLUMNS = {
  collection: false,
  itemKey: false,
  locale: false,
  type: false,
  infoType: false,
  topics: true,
  agency: false,
  year: false,
  accessTier: false,
  allowedUsers: true,
  embargoUntil: false,
  pressReleaseAt: false,
  withdrawnAt: false,
  publishedAt: false,
  date: false,
  status: false,
  isLocalePublished: false,
} as const
type FilterColumn = keyof typeof FILTER_COLUMNS
const FILTER_FIELD_NAMES = Object.keys(FILTER_COLUMNS) as FilterColumn[]
const FACET_COLUMNS = ['type', 'infoType', 'agency', 'year'] as const

async function searchFts5({ client, run }: { client: Client; run: PeerRun }): Promise<PeerAnswer> {
  const { params } = run
  const filter = filterToSql(libraryFilter({ requester: run.requester, now: run.now, params }))
  const match = matchExpression(params.query)
  const from = match
    ? { sql: 'fts JOIN docs d ON d.n = fts.rowid WHERE fts MATCH ? AND', args: [match] }
    : { sql: 'docs d WHERE', args: [] as InValue[] }
  const counted = await client.execute({
    sql: `SELECT d.locale, ${FACET_COLUMNS.map((field) => `d."${field}"`).join(', ')}, count(*) AS c FROM ${from.sql} (${filter.sql}) GROUP BY 1, 2, 3, 4, 5`,
    args: [...from.args, ...filter.args],
  })
  const byLocale = new Map<string, number>()
  for (const row of counted.rows) {
    byLocale.set(row.locale as string, (byLocale.get(row.locale as string) ?? 0) + Number(row.c))
  }
  const served =
    fallbackChain(params.locale).find((locale) => (byLocale.get(locale) ?? 0) > 0) ?? params.locale
  const order = !match
    ? 'd.date DESC'
    : params.sort === 'relevance'
      ? `bm25(fts, ${TEXT_FIELDS.map((field) => FIELD_WEIGHTS[field]).join(', ')})`
      : params.sort === 'newest'
        ? 'd.date DESC'
        : 'd.date ASC'
  // The hits, and the topic facet (the other facets came with the counts above).
  const [hits] = await Promise.all([
    client.execute({
      sql: `SELECT d.id, ${match ? `highlight(fts, 0, '<mark>', '</mark>')` : `''`} AS title FROM ${from.sql} d.locale = ? AND (${filter.sql}) ORDER BY ${order} LIMIT ? OFFSET ?`,
      args: [...from.args, served, ...filter.args, params.limit, (params.page - 1) * params.limit],
    }),
    client.execute({
      sql: `SELECT t.value, count(*) AS c FROM ${from.sql.replace(' WHERE', ', json_each(d.topics) t WHERE')} d.locale = ? AND (${filter.sql}) GROUP BY t.value`,
      args: [...from.args, served, ...filter.args],
    }),
  ])
  return { ids: hits.rows.map((row) => row.id as string), total: byLocale.get(served) ?? 0 }
}

function searchMiniSearch({
  index,
  run,
}: {
  index: MiniSearch<SearchDocument>
  run: PeerRun
}): PeerAnswer {
  const { params } = run
  const filter = libraryFilter({ requester: run.requester, now: run.now, params })
  const words = tokenize({ text: params.query, locale: params.locale }).map((token) => token.folded)
  const results =
    words.length === 0
      ? index.search(MiniSearch.wildcard, {
          filter: (result) => matches({ node: filter, document: result }),
        })
      : index.search(words.join(' '), {
          tokenize: (text) => text.split(' '),
          processTerm: (term) => term,
          boost: FIELD_WEIGHTS,
          combineWith: 'AND',
          prefix: (_term, position, terms) => position === terms.length - 1,
          fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
          filter: (result) => matches({ node: filter, document: result }),
        })
  const byLocale = new Map<string, number>()
  for (const result of results) {
    byLocale.set(result.locale as string, (byLocale.get(result.locale as string) ?? 0) + 1)
  }
  const served =
    fallbackChain(params.locale).find((locale) => (byLocale.get(locale) ?? 0) > 0) ?? params.locale
  const inLocale = results.filter((result) => result.locale === served)
  // Facet counts, as the library shows them; the bench only checks the hits.
  for (const field of [...FACET_COLUMNS, 'topics'] as const) {
    const counts = new Map<unknown, number>()
    for (const result of inLocale) {
      const values: unknown[] = field === 'topics' ? (result.topics as string[]) : [result[field]]
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
  }
  if (words.length === 0 || params.sort !== 'relevance') {
    const sign = params.sort === 'oldest' ? 1 : -1
    inLocale.sort((a, b) => sign * ((a.date as number) - (b.date as number)))
  }
  const shown = inLocale.slice((params.page - 1) * params.limit, params.page * params.limit)
  const terms = new Set(shown.flatMap((result) => result.terms))
  for (const result of shown) {
    highlightText({ text: (result.title as { text: string }).text, locale: served, terms })
  }
  return { ids: shown.map((result) => result.id as string), total: inLocale.length }
}

/** The query's words as FTS5 tokens: all required, the last one as a prefix. */
function matchExpression(query: string): string | null {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '')
  if (words.length === 0) return null
  return words
    .map((word, index) => `"${word.replaceAll('"', '""')}"${index === words.length - 1 ? '*' : ''}`)
    .join(' ')
}

/** `node` as an SQL condition on the `docs` row `d`, with its arguments. */
function filterToSql(node: FilterNode): { sql: string; args: InValue[] } {
  switch (node.kind) {
    case 'all':
      return { sql: '1', args: [] }
    case 'none':
      return { sql: '0', args: [] }
    case 'and':
    case 'or': {
      if (node.nodes.length === 0) return { sql: node.kind === 'and' ? '1' : '0', args: [] }
      const parts = node.nodes.map(filterToSql)
      return {
        sql: parts.map((part) => `(${part.sql})`).join(node.kind === 'and' ? ' AND ' : ' OR '),
        args: parts.flatMap((part) => part.args),
      }
    }
    case 'not': {
      const inner = filterToSql(node.node)
      return { sql: `NOT coalesce((${inner.sql}), 0)`, args: inner.args }
    }
    case 'isNull':
      return {
        sql: FILTER_COLUMNS[node.field]
          ? `json_array_length(d."${node.field}") = 0`
          : `d."${node.field}" IS NULL`,
        args: [],
      }
    case 'in':
      return anyValue({ field: node.field, op: 'IN', values: node.values })
    case 'compare': {
      if (node.op === 'ne') {
        const equal = anyValue({ field: node.field, op: '=', values: [node.value] })
        return { sql: `NOT coalesce((${equal.sql}), 0)`, args: equal.args }
      }
      const op = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' }[node.op]
      return anyValue({ field: node.field, op, values: [node.value] })
    }
  }
}

/** A comparison that holds when the field's value, or any value of a list, passes it. */
function anyValue({
  field,
  op,
  values,
}: {
  field: FilterColumn
  op: string
  values: FilterValue[]
}): { sql: string; args: InValue[] } {
  if (values.length === 0) return { sql: '0', args: [] }
  const right = op === 'IN' ? `(${values.map(() => '?').join(', ')})` : '?'
  const args = values.map(sqlValue)
  return FILTER_COLUMNS[field]
    ? {
        sql: `EXISTS (SELECT 1 FROM json_each(d."${field}") WHERE value ${op} ${right})`,
        args,
      }
    : { sql: `d."${field}" ${op} ${right}`, args }
}

/** Whether `document` passes `node`, with the semantics of the embedded engine's columns. */
function matches({
  node,
  document,
}: {
  node: FilterNode
  document: Record<string, unknown>
}): boolean {
  switch (node.kind) {
    case 'all':
      return true
    case 'none':
      return false
    case 'and':
      return node.nodes.every((inner) => matches({ node: inner, document }))
    case 'or':
      return node.nodes.some((inner) => matches({ node: inner, document }))
    case 'not':
      return !matches({ node: node.node, document })
    case 'isNull': {
      const value = document[node.field]
      return value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    }
    case 'in':
      return valuesOf(document[node.field]).some((value) => node.values.includes(value))
    case 'compare': {
      const { op, value: operand } = node
      const values = valuesOf(document[node.field])
      if (op === 'ne') return !values.includes(operand)
      return values.some(
        (value) =>
          typeof value === typeof operand &&
          (op === 'eq'
            ? value === operand
            : op === 'lt'
              ? value < operand
              : op === 'lte'
                ? value <= operand
                : op === 'gt'
                  ? value > operand
                  : value >= operand),
      )
    }
  }
}

function valuesOf(value: unknown): FilterValue[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? (value as FilterValue[]) : [value as FilterValue]
}

function sqlValue(value: unknown): InValue {
  if (Array.isArray(value)) return JSON.stringify(value)
  if (typeof value === 'boolean') return value ? 1 : 0
  return (value ?? null) as InValue
}

function textOf({ document, field }: { document: SearchDocument; field: TextField }): string {
  return field === 'labels' ? document.labels.join(' · ') : document[field]
}
