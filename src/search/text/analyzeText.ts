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
  const { length } = text
  let position = 0
  while (position < length) {
    const kind = kindAt({ text, position })
    if (kind === OTHER) {
      position += sizeAt({ text, position })
      continue
    }
    // A run: the longest stretch of characters of one kind.
    const start = position
    position += sizeAt({ text, position })
    while (position < length && kindAt({ text, position }) === kind) {
      position += sizeAt({ text, position })
    }
    if (kind === SPACED) {
      const token = tokenOf({ word: text.slice(start, position), start })
      if (token && visit(token) === false) return
      continue
    }
    const run = text.slice(start, position)
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
/** A letter, digit or mark of a spaced script. */
const SPACED_CHARACTER = new RegExp(`^[[\\p{L}\\p{N}\\p{M}]--[${UNSPACED}]]$`, 'v')
/** A character of a script written without spaces. */
const UNSPACED_CHARACTER = new RegExp(`^[${UNSPACED}]$`, 'v')
const OTHER = 0
const SPACED = 1
const UNSPACED_KIND = 2
const UNKNOWN = 255
/**
 * The kind of each UTF-16 code unit outside the surrogates, learnt from the two regular
 * expressions on first sight: matching a Unicode property class costs a regular expression
 * about half a microsecond a word, a table look-up almost nothing, and building a hit's
 * snippet and highlighted title reads a few hundred words.
 */
const BASIC_KINDS = new Uint8Array(0x10000).fill(UNKNOWN)
const ASTRAL_KINDS = new Map<number, number>()
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

/** Whether the character at `position` is spaced, unspaced or neither. */
function kindAt({ text, position }: { text: string; position: number }): number {
  const unit = text.charCodeAt(position)
  if (unit < 0xd800 || unit > 0xdfff) {
    let kind = BASIC_KINDS[unit]!
    if (kind === UNKNOWN) {
      kind = kindOf(String.fromCharCode(unit))
      BASIC_KINDS[unit] = kind
    }
    return kind
  }
  const codePoint = text.codePointAt(position)!
  let kind = ASTRAL_KINDS.get(codePoint)
  if (kind === undefined) {
    kind = kindOf(String.fromCodePoint(codePoint))
    ASTRAL_KINDS.set(codePoint, kind)
  }
  return kind
}

/** 2 at a surrogate pair, else 1. */
function sizeAt({ text, position }: { text: string; position: number }): number {
  return (text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1
}

function kindOf(character: string): number {
  if (SPACED_CHARACTER.test(character)) return SPACED
  return UNSPACED_CHARACTER.test(character) ? UNSPACED_KIND : OTHER
}

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
