import type { Locale } from '../../i18n/locales'

/**
 * The credit line in the reader's language: where the credit names the item's agency by its
 * Vietnamese name — alone, or before a photographer ("Báo và Phát thanh, Truyền hình Đồng
 * Nai/Huy Anh") — and the agency has an official name in `locale`, that name replaces it
 * ("Dong Nai Newspaper, Radio and Television/Huy Anh"). Any other credit is the photographer's
 * or another source's and stays as written; so does one whose agency has no name in `locale`
 * (no fallback: a Vietnamese name is not marked as a translation).
 */
export function localizedCredit({
  credit,
  agencyNames,
  locale,
}: {
  credit: string | null | undefined
  /** The agency's names as read with `locale: 'all'`. */
  agencyNames: Partial<Record<Locale, string | null>> | null | undefined
  locale: Locale
}): string | null {
  const text = credit?.trim()
  if (!text) return null
  const source = agencyNames?.vi?.trim()
  const official = agencyNames?.[locale]?.trim()
  if (!source || !official || official === source) return text
  if (!text.normalize('NFC').startsWith(source.normalize('NFC'))) return text
  const rest = text.normalize('NFC').slice(source.normalize('NFC').length)
  // The agency's whole name, then nothing, or a separator: "/", ",", ";", " -", " (".
  if (rest !== '' && !/^\s*[/,;(–-]/.test(rest)) return text
  return `${official}${rest}`
}
