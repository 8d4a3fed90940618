import i18next, { type i18n as I18n } from 'i18next'
import Negotiator from 'negotiator'

import { catalogues, type MessageCatalogue } from './catalogues'
import { libraryCatalogues, type LibraryCatalogue } from './library'
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales'

/** A message key such as `errors.notFound`. */
export type MessageKey = {
  [Namespace in keyof MessageCatalogue]: `${Namespace & string}.${keyof MessageCatalogue[Namespace] & string}`
}[keyof MessageCatalogue]

const instance: I18n = i18next.createInstance()
void instance.init({
  resources: Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      { translation: catalogues[locale], library: libraryCatalogues[locale] },
    ]),
  ),
  lng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  // Messages fall back like content does: requested → English → Vietnamese.
  fallbackLng: { default: ['en', 'vi'], en: ['vi'] },
  initAsync: false,
  // Our messages go into JSON and plain-text responses, never raw into HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** A key of the public library's interface strings, such as `search.submit`. */
export type LibraryKey = {
  [Section in keyof LibraryCatalogue]: LibraryCatalogue[Section] extends Record<string, string>
    ? `${Section & string}.${keyof LibraryCatalogue[Section] & string}`
    : `${Section & string}.${LeafKeys<LibraryCatalogue[Section]>}`
}[keyof LibraryCatalogue]

type LeafKeys<Node> = {
  [Key in keyof Node]: Node[Key] extends string
    ? Key & string
    : `${Key & string}.${LeafKeys<Node[Key]>}`
}[keyof Node]

/** Translates one of the library's interface strings; `{{placeholders}}` come from `params`. */
export type LibraryTranslator = (
  key: LibraryKey,
  params?: Record<string, string | number>,
) => string

/** The library's translator for `locale` (missing strings fall back to English, then Vietnamese). */
export function libraryTranslator(locale: Locale): LibraryTranslator {
  const t = instance.getFixedT(locale, 'library')
  return (key, params) => t(key, params ?? {})
}

/** The shared i18next instance holding every catalogue. */
export const i18n: I18n = instance

/** Translates `key` into `locale`, filling `{{placeholders}}` from `params`. */
export function translate({
  locale,
  key,
  params,
}: {
  locale: Locale
  key: MessageKey
  params?: Record<string, string | number>
}): string {
  return instance.t(key, { lng: locale, ...params })
}

/**
 * The language an API caller asked for: `?locale=` when it names one of ours, otherwise the
 * best match of `Accept-Language`, otherwise Vietnamese.
 */
export function requestLanguage({
  searchParams,
  headers,
}: {
  searchParams?: URLSearchParams
  headers?: Headers
}): Locale {
  const fromQuery = searchParams?.get('locale')
  if (isLocale(fromQuery)) return fromQuery
  const acceptLanguage = headers?.get('accept-language')
  if (acceptLanguage) {
    const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    const best = negotiator.language([...LOCALES])
    if (isLocale(best)) return best
  }
  return DEFAULT_LOCALE
}

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale }
