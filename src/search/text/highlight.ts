import escapeHtml from 'escape-html'

import type { Locale } from '../../i18n/locales'
import { eachToken, tokenize, type Token } from './analyzeText'

export const MARK_OPEN = '<mark>'
export const MARK_CLOSE = '</mark>'

/**
 * `text` HTML-escaped, with every word whose folded form is in `terms` wrapped in `<mark>`.
 */
export function highlightText({
  text,
  locale,
  terms,
}: {
  text: string
  locale: Locale
  terms: ReadonlySet<string>
}): string {
  if (text === '' || terms.size === 0) return escapeHtml(text)
  const marked = tokenize({ text, locale }).filter((token) => terms.has(token.folded))
  return markRange({ text, tokens: marked, from: 0, to: text.length })
}

/**
 * The passage of `text` around its first matched word, about `words` words long, escaped and
 * marked like {@link highlightText}, with `…` where it was cut; `null` when nothing matches.
 */
export function snippetOf({
  text,
  locale,
  terms,
  words = 24,
}: {
  text: string
  locale: Locale
  terms: ReadonlySet<string>
  words?: number
}): string | null {
  if (text === '' || terms.size === 0) return null
  const before = Math.floor(words / 3)
  const window: Token[] = []
  let matched = -1
  let isFirstWord = true
  let startsAtFirstWord = true
  // Reads only as far as the passage needs: stored texts can be long, and segmenting
  // Chinese or Khmer is the costly part of a hit.
  eachToken({
    text,
    locale,
    visit: (token) => {
      window.push(token)
      if (matched === -1) {
        if (terms.has(token.folded)) matched = window.length - 1
        else if (window.length > before) {
          window.shift()
          startsAtFirstWord = false
        }
      }
      isFirstWord = false
      return !(matched !== -1 && window.length >= words)
    },
  })
  if (matched === -1 || isFirstWord) return null
  const from = startsAtFirstWord ? 0 : window[0]!.start
  const last = window.at(-1)!
  const to = window.length >= words ? last.end : text.length
  const marked = window.filter((token) => terms.has(token.folded))
  const body = markRange({ text, tokens: marked, from, to }).trim()
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`
}

/**
 * Converts text that an engine marked with `open`/`close` (any strings absent from content)
 * into escaped HTML with `<mark>`: the engine's own output is never trusted as HTML.
 */
export function markersToHtml({
  text,
  open,
  close,
}: {
  text: string
  open: string
  close: string
}): string {
  return text
    .split(open)
    .map((part, index) => {
      if (index === 0) return escapeHtml(part.split(close).join(''))
      const [inside = '', ...rest] = part.split(close)
      return `${MARK_OPEN}${escapeHtml(inside)}${MARK_CLOSE}${escapeHtml(rest.join(''))}`
    })
    .join('')
}

function markRange({
  text,
  tokens,
  from,
  to,
}: {
  text: string
  tokens: Token[]
  from: number
  to: number
}): string {
  let html = ''
  let cursor = from
  for (const token of tokens) {
    if (token.start < cursor || token.end > to) continue
    const word = escapeHtml(text.slice(token.start, token.end))
    // Adjacent words (Chinese characters, say) share one mark.
    if (token.start === cursor && html.endsWith(MARK_CLOSE)) {
      html = `${html.slice(0, -MARK_CLOSE.length)}${word}${MARK_CLOSE}`
    } else {
      html += `${escapeHtml(text.slice(cursor, token.start))}${MARK_OPEN}${word}${MARK_CLOSE}`
    }
    cursor = token.end
  }
  return html + escapeHtml(text.slice(cursor, to))
}
