import { fallbackChain, isLocale, LOCALES, type Locale } from '../i18n/locales'

/** A text and the language it is written in (the reader's, or the fallback it came from). */
export type LocalizedValue = { text: string; locale: Locale }

/**
 * The value of a localized field read with `locale: 'all'` for a reader of `lang`: theirs when
 * it is filled in, otherwise the first filled one of the fallback chain (→ English →
 * Vietnamese), otherwise any other language's; `null` when none is. The locale it came from
 * lets the page mark a fallback (`lang` attribute, "(in Vietnamese)"). A plain string (a field
 * not localized) counts as the reader's.
 */
export function pickLocalized({
  values,
  lang,
}: {
  values: unknown
  lang: Locale
}): LocalizedValue | null {
  if (typeof values === 'string')
    return values.trim() === '' ? null : { text: values, locale: lang }
  if (!values || typeof values !== 'object') return null
  const byLocale = values as Record<string, unknown>
  const order = [...new Set<Locale>([...fallbackChain(lang), ...LOCALES])]
  for (const locale of order) {
    const text = byLocale[locale]
    if (typeof text === 'string' && text.trim() !== '' && isLocale(locale)) return { text, locale }
  }
  return null
}
