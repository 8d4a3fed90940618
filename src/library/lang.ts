import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getEnv } from '../env'
import { LOCALES, LOCALE_TAGS, isLocale, type Locale } from '../i18n/locales'

/** The library locale of a `[lang]` route segment; any other value is a 404. */
export async function resolveLang(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return lang
}

/**
 * `<link rel="alternate" hreflang>` for a page that exists in every interface language:
 * `path` is the part after `/{lang}` (for example `/articles/12`).
 */
export function languageAlternates({
  lang,
  path,
}: {
  lang: Locale
  path: string
}): NonNullable<Metadata['alternates']> {
  const base = getEnv().publicUrl
  return {
    canonical: `${base}/${lang}${path}`,
    languages: Object.fromEntries(
      LOCALES.map((locale) => [LOCALE_TAGS[locale], `${base}/${locale}${path}`]),
    ),
  }
}
