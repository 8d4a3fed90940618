import type { LibraryTranslator } from '../../i18n'
import { LOCALE_LABELS, type Locale } from '../../i18n/locales'

/** Says that the item is shown in another language than the one the reader chose. */
export function FallbackNotice({
  requested,
  served,
  t,
}: {
  requested: Locale
  served: Locale
  t: LibraryTranslator
}) {
  if (requested === served) return null
  return (
    <p className="notice" role="note" data-testid="fallback-notice">
      {t('item.fallbackNotice', {
        requested: LOCALE_LABELS[requested],
        served: LOCALE_LABELS[served],
      })}
    </p>
  )
}
