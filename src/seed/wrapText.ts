/**
 * Breaks `text` into lines no wider than `measure.width`, at spaces; a word wider than a line
 * gets a line of its own. Widths come from `measure.of` (a font's advance widths), so the
 * rule holds for any script that separates words with spaces.
 */
export function wrapText({
  text,
  measure,
}: {
  text: string
  measure: { width: number; of: (text: string) => number }
}): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure.of(candidate) > measure.width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}
