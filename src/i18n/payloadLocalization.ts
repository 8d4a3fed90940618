import type { LocalizationConfig } from 'payload'

import { DEFAULT_LOCALE, LOCALES, LOCALE_LABELS } from './locales'

/**
 * Payload's content localization: Vietnamese is the default and source; English falls back to
 * Vietnamese; every other locale falls back to English, then Vietnamese (docs/architecture.md).
 */
export const payloadLocalization: LocalizationConfig = {
  locales: LOCALES.map((code) => ({
    code,
    label: LOCALE_LABELS[code],
    fallbackLocale:
      code === DEFAULT_LOCALE
        ? undefined
        : code === 'en'
          ? [DEFAULT_LOCALE]
          : ['en', DEFAULT_LOCALE],
    rtl: false,
  })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}
