import { normalizeText, tokenize, type Token } from './analyzeText'

/**
 * The names of one place (or agency, landmark…) in every language and script: "Đồng Nai",
 * "Dong Nai", "同奈", "ドンナイ", "동나이", "Донгнай", "ដុងណៃ". A query naming it in any of them
 * finds the documents that name it in any other.
 */
export type SynonymGroup = string[]

/** What one stretch of a query must match: any one of `alternatives`, each a run of words. */
export type QuerySlot = {
  /** Each alternative's words must all be in a document (the index keeps no positions). */
  alternatives: Token[][]
  /** Whether the slot is a name from the gazetteer (it expands to every name of the place). */
  isPlace: boolean
}

/** The synonym groups as the embedded engine looks them up: by their words, folded. */
export type SynonymTable = {
  /** Each group's names as runs of words, once per way the tokenizer can split them. */
  groups: Token[][][]
  /** The folded words of a name, joined by `\0` → the groups that name is in. */
  byKey: Map<string, number[]>
  /** The most words any name has, so a query is only looked up that far ahead. */
  maxWords: number
}

/**
 * Indexes `groups` by the words of each name, as the engine's tokenizer splits them. A name
 * in Chinese characters alone splits differently with the Chinese and the Japanese
 * dictionaries (the script does not tell which language a document is in), so both ways are
 * kept; names that come out as the same words (case, diacritics) are kept once.
 */
export function buildSynonymTable({ groups }: { groups: readonly SynonymGroup[] }): SynonymTable {
  const table: SynonymTable = { groups: [], byKey: new Map(), maxWords: 0 }
  for (const names of groups) {
    const runs = new Map<string, Token[]>()
    for (const name of names) {
      for (const locale of SEGMENTATIONS) {
        const words = tokenize({ text: normalizeText(name), locale })
        if (words.length === 0) continue
        const key = keyOf(words)
        if (!runs.has(key)) runs.set(key, words.map(positionless))
      }
    }
    if (runs.size < 2) continue
    const groupNumber = table.groups.length
    table.groups.push([...runs.values()])
    for (const [key, words] of runs) {
      const known = table.byKey.get(key)
      if (known) known.push(groupNumber)
      else table.byKey.set(key, [groupNumber])
      table.maxWords = Math.max(table.maxWords, words.length)
    }
  }
  return table
}

/**
 * Splits the query's `words` into slots: a run of words that is a name in `table` (the
 * longest one starting at each word) becomes one slot whose alternatives are every name of
 * its place, the words as typed first; every other word is a slot of its own. "dong nai" is
 * matched as a unit: neither "dong" nor "nai" alone is a name.
 */
export function querySlots({
  words,
  table,
}: {
  words: readonly Token[]
  table: SynonymTable
}): QuerySlot[] {
  const slots: QuerySlot[] = []
  for (let start = 0; start < words.length; ) {
    const match = longestName({ words, start, table })
    if (!match) {
      slots.push({ alternatives: [[words[start]!]], isPlace: false })
      start += 1
      continue
    }
    const typed = words.slice(start, start + match.length)
    const typedKey = keyOf(typed)
    const alternatives = [typed]
    const seen = new Set([typedKey])
    for (const group of match.groups) {
      for (const run of table.groups[group]!) {
        const key = keyOf(run)
        if (seen.has(key)) continue
        seen.add(key)
        alternatives.push(run)
      }
    }
    slots.push({ alternatives, isPlace: true })
    start += match.length
  }
  return slots
}

/** An empty table: no synonyms. */
export const NO_SYNONYMS: SynonymTable = { groups: [], byKey: new Map(), maxWords: 0 }

/** The segmenters' languages a name is split with (see {@link buildSynonymTable}). */
const SEGMENTATIONS = ['zh', 'ja'] as const

function keyOf(words: readonly Token[]): string {
  return words.map((word) => word.folded).join('\u0000')
}

/** A name's words carry no place in the query. */
function positionless(word: Token): Token {
  return { exact: word.exact, folded: word.folded, start: 0, end: 0 }
}

function longestName({
  words,
  start,
  table,
}: {
  words: readonly Token[]
  start: number
  table: SynonymTable
}): { length: number; groups: number[] } | null {
  const longest = Math.min(table.maxWords, words.length - start)
  for (let length = longest; length >= 1; length -= 1) {
    const groups = table.byKey.get(keyOf(words.slice(start, start + length)))
    if (groups) return { length, groups }
  }
  return null
}
