import type { Locale } from '../../i18n/locales'
import { tokenize } from '../text/analyzeText'

/**
 * Meilisearch folds every diacritic, so "Đồng", "Đông" and "Dong" are one word to it and it
 * cannot rank the exact spelling first. Each Vietnamese word that carries diacritics is
 * therefore also stored in a diacritic-free spelling that keeps them — Telex, the way
 * Vietnamese is typed on a plain keyboard ("đồng" → "ddoongf", "đông" → "ddoong") — in an
 * attribute of its own, and a query word with diacritics is sent with its Telex spelling
 * appended. With the `last` matching strategy and the `words` ranking rule first, documents
 * that match the Telex words too rank above those that match only the folded ones.
 */
export function exactDiacriticsWords({ text, locale }: { text: string; locale: Locale }): string {
  const words = new Set<string>()
  for (const token of tokenize({ text, locale })) {
    if (token.exact !== token.folded) words.add(toTelex(token.exact))
  }
  return [...words].join(' ')
}

/** Meilisearch reads only this many words of a query. */
export const MEILISEARCH_QUERY_WORD_LIMIT = 10

/**
 * The query to send: `query` plus the Telex spelling of its words with diacritics, when that
 * stays within {@link MEILISEARCH_QUERY_WORD_LIMIT} words (every Vietnamese syllable is a word,
 * so long queries are sent as they are: Meilisearch reads their first ten words).
 */
export function withExactDiacritics({ query, locale }: { query: string; locale: Locale }): string {
  const tokens = tokenize({ text: query, locale })
  const extra = [
    ...new Set(
      tokens.filter((token) => token.exact !== token.folded).map((token) => toTelex(token.exact)),
    ),
  ]
  if (extra.length === 0 || tokens.length + extra.length > MEILISEARCH_QUERY_WORD_LIMIT)
    return query
  return `${query} ${extra.join(' ')}`
}

/** The Telex spelling of one lower-case word: "đường" → "dduwowngf". */
export function toTelex(word: string): string {
  let tone = ''
  let spelled = ''
  for (const character of word.normalize('NFD')) {
    const mark = MARKS[character]
    if (mark === undefined) {
      spelled += character === 'đ' ? 'dd' : character
      continue
    }
    if (mark.isTone) tone = mark.letters
    else if (mark.letters === 'double') spelled += spelled.slice(-1)
    else spelled += mark.letters
  }
  return spelled + tone
}

const MARKS: Record<string, { letters: string; isTone: boolean }> = {
  '\u0302': { letters: 'double', isTone: false }, // circumflex: â ê ô → aa ee oo
  '\u0306': { letters: 'w', isTone: false }, // breve: ă → aw
  '\u031b': { letters: 'w', isTone: false }, // horn: ơ ư → ow uw
  '\u0301': { letters: 's', isTone: true }, // sắc
  '\u0300': { letters: 'f', isTone: true }, // huyền
  '\u0309': { letters: 'r', isTone: true }, // hỏi
  '\u0303': { letters: 'x', isTone: true }, // ngã
  '\u0323': { letters: 'j', isTone: true }, // nặng
}
