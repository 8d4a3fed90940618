import { NotFoundMessage } from '../../../components/library/NotFoundMessage'
import { libraryTranslator } from '../../../i18n'
import { LOCALES } from '../../../i18n/locales'

/** 404 inside the library, in the language of the path. */
export default function NotFound() {
  const messages = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = libraryTranslator(locale)
      return [
        locale,
        { title: t('notFound.title'), body: t('notFound.body'), backHome: t('notFound.backHome') },
      ]
    }),
  ) as Parameters<typeof NotFoundMessage>[0]['messages']
  return <NotFoundMessage messages={messages} />
}
