import type { Locale } from '../../i18n/locales'

/**
 * One word of a text as the search engines see it: its exact form (lower case, diacritics
 * kept), its folded form (diacritics of Latin, Cyrillic and Greek letters removed, `đ` → `d`)
 * and where it sits in the text, for highlighting.
 */
export type Token = { exact: string; folded: string; start: number; end: number }

/** Words longer than this are noise (hashes, URLs without separators) and are not indexed. */
export const MAX_TOKEN_LENGTH = 48

/**
 * Splits `text` into words. Space-separated scripts split on anything that is not a letter,
 * digit or combining mark; Chinese, Japanese, Khmer (and Thai, Lao, Burmese, which share the
 * problem) have no spaces between words and are segmented with the ICU dictionaries behind
 * `Intl.Segmenter`. The script decides, not the document's locale, so a Japanese phrase in an
 * English caption is split the same way as in a Japanese article, and a query in one locale
 * meets the same words as the documents of another.
 */
export function tokenize({ text, locale }: { text: string; locale: Locale }): Token[] {
  const tokens: Token[] = []
  eachToken({ text, locale, visit: (token) => void tokens.push(token) })
  return tokens
}

/**
 * Calls `visit` with each word of `text` in order (see {@link tokenize}) until it returns
 * `false`: a snippet needs the words around the first match, not the whole text.
 */
export function eachToken({
  text,
  locale,
  visit,
}: {
  text: string
  locale: Locale
  visit: (token: Token) => boolean | void
}): void {
  const runs = new RegExp(WORD_RUNS)
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    const start = match.index
    if (match[1] !== undefined) {
      const token = tokenOf({ word: match[1], start })
      if (token && visit(token) === false) return
      continue
    }
    const run = match[0]
    for (const segment of segmenterFor({ run, locale }).segment(run)) {
      if (segment.isWordLike === false) continue
      const token = tokenOf({ word: segment.segment, start: start + segment.index })
      if (token && visit(token) === false) return
    }
  }
}

/**
 * Removes the diacritics that readers commonly leave out: Vietnamese tones and vowel marks
 * (`Đồng Nai` → `Dong Nai`), French accents, Russian `ё`/`й`. Marks that change the letter
 * in other scripts (Japanese dakuten, Khmer vowel signs, Korean syllables) are kept: removing
 * them would merge different words.
 */
export function foldDiacritics(text: string): string {
  if (ASCII_ONLY.test(text)) return text
  return text
    .normalize('NFD')
    .replace(FOLDABLE_MARKS, '$1')
    .replace(SPECIAL_LETTERS, (letter) => SPECIAL_FOLDS[letter] ?? letter)
    .normalize('NFC')
}

/** The form every stored text and query is kept in, so that offsets and comparisons agree. */
export function normalizeText(text: string): string {
  return text.normalize('NFC')
}

/** Whether `term` is written in a script without spaces between words (no typo tolerance). */
export function isUnspacedScript(term: string): boolean {
  return NEEDS_SEGMENTER.test(term)
}

// Scripts written without spaces between words, by Script_Extensions so that the Japanese
// prolonged sound mark (ー) and iteration marks stay inside their words.
const UNSPACED =
  '\\p{Script_Extensions=Han}\\p{Script_Extensions=Hiragana}\\p{Script_Extensions=Katakana}\\p{Script_Extensions=Khmer}\\p{Script_Extensions=Thai}\\p{Script_Extensions=Lao}\\p{Script_Extensions=Myanmar}'
/** A spaced word (group 1), or a run of unspaced script to segment. */
const WORD_RUNS = new RegExp(`([[\\p{L}\\p{N}\\p{M}]--[${UNSPACED}]]+)|[${UNSPACED}]+`, 'gv')
const NEEDS_SEGMENTER = new RegExp(`[${UNSPACED}]`, 'v')
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const KHMER = /\p{Script=Khmer}/u
const THAI_LAO_MYANMAR = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u
const ASCII_ONLY = /^[ -~]*$/
const FOLDABLE_MARKS = /([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{M}+/gu
const SPECIAL_FOLDS: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
}
const SPECIAL_LETTERS = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g')

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor({ run, locale }: { run: string; locale: Locale }): Intl.Segmenter {
  const language = KHMER.test(run)
    ? 'km'
    : KANA.test(run)
      ? 'ja'
      : THAI_LAO_MYANMAR.test(run)
        ? 'th'
        : locale === 'ja'
          ? 'ja'
          : 'zh'
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' })
    segmenters.set(language, segmenter)
  }
  return segmenter
}

function tokenOf({ word, start }: { word: string; start: number }): Token | null {
  if (word.length > MAX_TOKEN_LENGTH) return null
  let forms = wordForms.get(word)
  if (!forms) {
    const exact = word.toLowerCase()
    forms = { exact, folded: foldDiacritics(exact) }
    // A language's working vocabulary is a few hundred thousand words; past that, start over.
    if (wordForms.size >= WORD_FORMS_LIMIT) wordForms.clear()
    wordForms.set(word, forms)
  }
  return { exact: forms.exact, folded: forms.folded, start, end: start + word.length }
}

/** Lower-case and folded forms of words seen: folding is the cost of indexing. */
const wordForms = new Map<string, { exact: string; folded: string }>()
const WORD_FORMS_LIMIT = 500_000
