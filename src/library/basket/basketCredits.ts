import type { LibraryTranslator } from '../../i18n'

/** One file of the ZIP as credits.txt names it. */
export type CreditedFile = {
  /** The file's name inside the ZIP. */
  entryName: string
  title: string
  credit?: string
  creator?: string
  copyrightNotice?: string
  usageTerms?: string
  /** The item's page in the library, in the reader's language. */
  url: string
}

/** A line of the basket left out of the ZIP, and why, in the reader's words. */
export type LeftOutFile = { title: string; size: string; reason: string }

/**
 * The text of `credits.txt`, in the reader's language: for every file its name, title, credit,
 * creator, copyright, usage terms and page, then what was left out and why. Lines end in CRLF
 * so that every desktop's plain-text editor shows them as lines.
 */
export function basketCreditsText({
  t,
  downloadedAt,
  files,
  leftOut,
}: {
  t: LibraryTranslator
  /** The time of the download, already written for the reader. */
  downloadedAt: string
  files: CreditedFile[]
  leftOut: LeftOutFile[]
}): string {
  const lines = [t('basket.credits.title'), `${t('basket.credits.downloadedAt')}: ${downloadedAt}`]
  files.forEach((file, index) => {
    lines.push('', `${index + 1}. ${t('basket.credits.file')}: ${file.entryName}`)
    const rows: Array<[string, string | undefined]> = [
      [t('basket.credits.headline'), file.title],
      [t('basket.credits.credit'), file.credit],
      [t('basket.credits.creator'), file.creator],
      [t('basket.credits.copyright'), file.copyrightNotice],
      [t('basket.credits.usageTerms'), file.usageTerms],
      [t('basket.credits.link'), file.url],
    ]
    for (const [label, value] of rows) {
      // A value's own line breaks would start lines that look like new rows.
      if (value?.trim()) lines.push(`   ${label}: ${value.replace(/\s*\r?\n\s*/g, ' ').trim()}`)
    }
  })
  if (leftOut.length > 0) {
    lines.push('', `${t('basket.credits.notIncluded')}:`)
    for (const file of leftOut) lines.push(`- ${file.title} (${file.size}): ${file.reason}`)
  }
  return `${lines.join('\r\n')}\r\n`
}

/**
 * A name for a file in the ZIP that no earlier file took: `Cầu-web.jpg`, then `Cầu-web (2).jpg`.
 * Names are compared without case, as Windows and macOS unpack them.
 */
export function uniqueEntryName({ name, taken }: { name: string; taken: Set<string> }): string {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const extension = dot > 0 ? name.slice(dot) : ''
  let candidate = name
  for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
    candidate = `${stem} (${copy})${extension}`
  }
  taken.add(candidate.toLowerCase())
  return candidate
}
