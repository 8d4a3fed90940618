import { randomInt } from 'node:crypto'

import { slugify } from '../../fields/slug'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const SUFFIX_LENGTH = 10

/**
 * The name an uploaded file is stored under: the item's headline, caption or uploaded name as
 * lowercase ASCII words, then a random suffix — `hoa-sen-no-trong-le-hoi-k3x9q2m7ab.jpg`. Staff
 * see this name wherever Payload shows a file (the picker's cards, the list's file column), so
 * it must say what the file is; the suffix (about 52 bits) keeps names unique and unguessable,
 * and nothing of the uploader's path, device or letters outside ASCII reaches storage or URLs.
 */
export function storedFilename({
  title,
  extension,
  suffix = randomSuffix(),
}: {
  /** The headline, the caption's first line, or the uploaded file's name without extension. */
  title: string
  /** With its dot, lowercase (`.jpg`); empty when the file has none. */
  extension: string
  suffix?: string
}): string {
  const words = slugify({ text: title, maxLength: 60 })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${words || 'tu-lieu'}-${suffix}${extension}`
}

/** The first non-empty line of the first text given, or ''. */
export function titleForStoredName({ candidates }: { candidates: unknown[] }): string {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue
    const line = candidate
      .split(/\r?\n/)
      .map((each) => each.trim())
      .find((each) => each !== '')
    if (line) return line
  }
  return ''
}

function randomSuffix(): string {
  let suffix = ''
  for (let index = 0; index < SUFFIX_LENGTH; index += 1)
    suffix += ALPHABET[randomInt(ALPHABET.length)]
  return suffix
}
