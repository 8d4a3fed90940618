/**
 * Content and interface locales. Vietnamese is the source language; every other locale falls
 * back to English, then Vietnamese (docs/architecture.md).
 */
export const LOCALES = ['vi', 'en', 'zh', 'ja', 'ko', 'fr', 'ru', 'km'] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'vi'

/** Each locale's own name for itself, as a reader looking for their language expects it. */
export const LOCALE_LABELS: Record<Locale, string> = {
  vi: 'Tiếng Việt',
  en: 'English',
  zh: '中文',
  ja: '日本語',
  ko: '한국어',
  fr: 'Français',
  ru: 'Русский',
  km: 'ខ្មែរ',
}

/** The locales as a select field's options, each labelled in its own language. */
export const LOCALE_OPTIONS: { value: Locale; label: string }[] = LOCALES.map((locale) => ({
  value: locale,
  label: LOCALE_LABELS[locale],
}))

/** BCP 47 tags used for `lang` attributes, `hreflang` and search analysers. */
export const LOCALE_TAGS: Record<Locale, string> = {
  vi: 'vi-VN',
  en: 'en',
  zh: 'zh-Hans',
  ja: 'ja',
  ko: 'ko',
  fr: 'fr',
  ru: 'ru',
  km: 'km',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The locales to try, in order, when content is requested in `locale`: requested → en → vi. */
export function fallbackChain(locale: Locale): Locale[] {
  return [...new Set<Locale>([locale, 'en', DEFAULT_LOCALE])]
}
