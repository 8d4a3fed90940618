import type { LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { isStillEmbargoed } from '../../workflow/embargoWindow'
import { LocalTime } from './LocalTime'

/**
 * “Embargoed until …” on an item the reader sees before the public does (an accredited
 * journalist in the press window, or staff): the public release time in the reader's own time
 * zone, named (LocalTime). Nothing once the embargo has ended. Anonymous readers never see an
 * embargoed item (the visibility rule), so a page the cache keeps for them never holds one.
 */
export function EmbargoNotice({
  embargoUntil,
  now,
  lang,
  t,
}: {
  embargoUntil: string | null | undefined
  now: Date
  lang: Locale
  t: LibraryTranslator
}) {
  if (!embargoUntil || !isStillEmbargoed({ embargoUntil, now })) return null
  return (
    <p className="notice" role="note" data-testid="embargo-notice">
      <strong>
        {t('embargo.notice')} <LocalTime dateTime={embargoUntil} localeTag={LOCALE_TAGS[lang]} />
      </strong>
      <br />
      {t('embargo.noticeDetail')}
    </p>
  )
}

/** The badge of a search card or teaser whose item is still under embargo for its reader. */
export function EmbargoBadge({
  embargoUntil,
  lang,
  t,
}: {
  embargoUntil: string | null
  lang: Locale
  t: LibraryTranslator
}) {
  if (!embargoUntil) return null
  return (
    <span className="badge badge--press" data-testid="embargo-badge">
      {' · '}
      {t('embargo.badge')} <LocalTime dateTime={embargoUntil} localeTag={LOCALE_TAGS[lang]} />
    </span>
  )
}
