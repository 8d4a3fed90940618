'use client'

import { usePathname, useSearchParams } from 'next/navigation'

import { LOCALES, LOCALE_LABELS, LOCALE_TAGS, type Locale } from '../../i18n/locales'

/**
 * Links to the same page in every interface language, keeping the path and the query (a
 * search stays the same search). Rendered on the server too, so it works without JavaScript.
 */
export function LanguageSwitcher({ lang, label }: { lang: Locale; label: string }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const rest = pathname.split('/').slice(2).join('/')
  const query = searchParams.toString()
  return (
    <nav className="lang-switcher" aria-label={label}>
      <div className="container">
        <span className="lang-switcher__label" aria-hidden="true">
          {label}:
        </span>
        <ul>
          {LOCALES.map((locale: Locale) => (
            <li key={locale}>
              <a
                href={`/${locale}${rest ? `/${rest}` : ''}${query ? `?${query}` : ''}`}
                hrefLang={LOCALE_TAGS[locale]}
                lang={LOCALE_TAGS[locale]}
                aria-current={locale === lang ? 'true' : undefined}
              >
                {LOCALE_LABELS[locale]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
