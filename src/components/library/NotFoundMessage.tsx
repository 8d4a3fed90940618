'use client'

import { useParams } from 'next/navigation'

import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales'

type Messages = { title: string; body: string; backHome: string }

/**
 * The 404 text in the language of the path. A not-found page receives no params on the server,
 * so it is given every language's three strings and picks by the URL's `[lang]`.
 */
export function NotFoundMessage({ messages }: { messages: Record<Locale, Messages> }) {
  const { lang } = useParams<{ lang?: string }>()
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE
  const { title, body, backHome } = messages[locale]
  return (
    <div className="container">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={`/${locale}`}>{backHome}</a>
      </p>
    </div>
  )
}
