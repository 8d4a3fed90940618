import { headers } from 'next/headers'

import { libraryTranslator } from '../../../i18n'
import { DEFAULT_LOCALE, isLocale } from '../../../i18n/locales'

/** 404 inside the library, in the language of the path when it names one. */
export default async function NotFound() {
  // not-found receives no params; the path's first segment is the language.
  const path = (await headers()).get('x-invoke-path') ?? ''
  const first = path.split('/')[1]
  const lang = isLocale(first) ? first : DEFAULT_LOCALE
  const t = libraryTranslator(lang)
  return (
    <div className="container">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={`/${lang}`}>{t('notFound.backHome')}</a>
      </p>
    </div>
  )
}
