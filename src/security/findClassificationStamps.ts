/** The markings a classification stamp can carry: a level, or an `Độ mật:` line. */
export const STAMP_MARKINGS = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT', 'Độ mật'] as const

export type StampMarking = (typeof STAMP_MARKINGS)[number]

/** One classification stamp found in a text, with the line (or a window of it) around it. */
export type ClassificationStamp = { marking: StampMarking; excerpt: string }

/**
 * Finds state-secret classification stamps in `text` (issue #3). A stamp is:
 * - a line that, stripped of surrounding brackets, quotes, asterisks and dashes, is exactly
 *   `MẬT`, `TỐI MẬT` or `TUYỆT MẬT` in upper case, optionally after `ĐỘ MẬT:`;
 * - a line beginning with `Độ mật:` in any case, or `Độ mật: <level>` anywhere in a line;
 * - upper-case `TỐI MẬT` or `TUYỆT MẬT` anywhere as whole words.
 *
 * Plain `MẬT` counts only on a line of its own: it is also the first syllable of everyday words
 * ("mật ong", "mật khẩu", "mật độ", "bí mật", "bảo mật", "Mật Sơn"), which headlines set in
 * capitals ("MẬT ONG RỪNG") as often as prose does.
 *
 * The text is normalised to NFC first, so decomposed input (NFD, or a base letter followed by
 * its combining marks in any order, as some Vietnamese keyboards type Ậ and Ệ) matches too.
 */
export function findClassificationStamps({ text }: { text: string }): ClassificationStamp[] {
  const stamps: ClassificationStamp[] = []
  for (const rawLine of normalise({ text }).split(LINE_BREAK)) {
    const line = rawLine.replace(/\s+/gu, ' ').trim()
    if (line === '') continue
    const core = stripEdges({ line })

    const level = STANDALONE_LEVEL.exec(core.replace(/\s+/gu, ''))?.[1]
    if (level !== undefined) {
      stamps.push({ marking: LEVEL_MARKINGS[level] ?? 'MẬT', excerpt: excerptOf({ line }) })
      continue
    }

    const lowerCore = core.toLowerCase()
    const classificationLine = CLASSIFICATION_LINE_START.test(lowerCore)
      ? { index: 0, length: core.length }
      : matchPosition({ match: CLASSIFICATION_LINE_ANYWHERE.exec(line.toLowerCase()) })
    if (classificationLine) {
      stamps.push({ marking: 'Độ mật', excerpt: excerptOf({ line, ...classificationLine }) })
      continue
    }

    for (const match of line.matchAll(INLINE_LEVEL)) {
      const marking = match[1] === 'TỐI' ? 'TỐI MẬT' : 'TUYỆT MẬT'
      stamps.push({ marking, excerpt: excerptOf({ line, ...matchPosition({ match }) }) })
    }
  }
  return stamps
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u

/** Invisible characters that word processors and PDF extractors leave between letters. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu

/**
 * Characters that frame a stamp without being part of it: brackets, quotes, asterisks, dashes,
 * rules and bullets ("[MẬT]", "*** TUYỆT MẬT ***", "— TỐI MẬT —", "« MẬT »", "• MẬT").
 */
const EDGE = String.raw`\s()[\]{}<>〈〉《》「」『』【】"'“”‘’„‟«»‹›\x60*\-‐‑‒–—―−_=#~|•·`
const EDGES = new RegExp(`^[${EDGE}]+|[${EDGE}]+$`, 'gu')

/** A whole line that is a level, letters possibly spaced out ("T Ố I  M Ậ T"). */
const STANDALONE_LEVEL = /^(?:ĐỘMẬT[:：]?)?(MẬT|TỐIMẬT|TUYỆTMẬT)$/u

const LEVEL_MARKINGS: Record<string, StampMarking> = {
  MẬT: 'MẬT',
  TỐIMẬT: 'TỐI MẬT',
  TUYỆTMẬT: 'TUYỆT MẬT',
}

/** `Độ mật:` opening a line, in any case (matched against the lower-cased line). */
const CLASSIFICATION_LINE_START = /^độ\s*mật\s*[:：]/u

/** `Độ mật: <level>` anywhere, as in a header that extraction ran into one line. */
const CLASSIFICATION_LINE_ANYWHERE =
  /(?<![\p{L}\p{M}\p{N}])độ\s*mật\s*[:：]\s*(?:tuyệt\s*mật|tối\s*mật|mật)(?![\p{L}\p{M}\p{N}])/u

/** Upper-case TỐI MẬT / TUYỆT MẬT as whole words: no everyday phrase reads like that. */
const INLINE_LEVEL = /(?<![\p{L}\p{M}\p{N}])(TỐI|TUYỆT)\s*MẬT(?![\p{L}\p{M}\p{N}])/gu

const EXCERPT_RADIUS = 60

function normalise({ text }: { text: string }): string {
  return (
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      // The Icelandic eth looks exactly like Đ/đ and turns up in text typed with legacy fonts.
      .replace(/Ð/gu, 'Đ')
      .replace(/ð/gu, 'đ')
  )
}

function stripEdges({ line }: { line: string }): string {
  return line.replace(EDGES, '')
}

function matchPosition({
  match,
}: {
  match: RegExpExecArray | RegExpMatchArray | null
}): { index: number; length: number } | null {
  if (!match || match.index === undefined) return null
  return { index: match.index, length: match[0].length }
}

function excerptOf({
  line,
  index = 0,
  length = line.length,
}: {
  line: string
  index?: number
  length?: number
}): string {
  const start = Math.max(0, index - EXCERPT_RADIUS)
  const end = Math.min(line.length, index + length + EXCERPT_RADIUS)
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`
}
