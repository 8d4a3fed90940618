import type { LibraryTranslator } from '../../i18n'
import { LOCALE_LABELS, LOCALE_TAGS, type Locale } from '../../i18n/locales'

/**
 * A text from the settings or a list (a site name, an agency's name, the footer) in the
 * language it is written in: marked with its `lang`, so screen readers pronounce it rightly,
 * and, when it is not the reader's language, followed by "(in Vietnamese)" — the inline
 * counterpart of {@link FallbackNotice} for a whole item.
 */
export function FallbackText({
  text,
  source,
  lang,
  t,
}: {
  text: string
  /** The language `text` is written in. */
  source: Locale
  lang: Locale
  t: LibraryTranslator
}) {
  if (source === lang) return <>{text}</>
  return (
    <>
      <span lang={LOCALE_TAGS[source]}>{text}</span>{' '}
      <FallbackMarker source={source} lang={lang} t={t} />
    </>
  )
}

/** "(in Vietnamese)" after a text in `source` shown to a reader of `lang`; nothing when they match. */
export function FallbackMarker({
  source,
  lang,
  t,
}: {
  source: Locale
  lang: Locale
  t: LibraryTranslator
}) {
  if (source === lang) return null
  return (
    <span className="fallback-marker" data-testid="fallback-marker">
      ({t('site.inLanguage', { language: LOCALE_LABELS[source] })})
    </span>
  )
}
