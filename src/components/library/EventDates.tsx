import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { LocalTime } from './LocalTime'

/**
 * An event's dates in the reader's own time zone (LocalTime): its start, and its end when it has
 * one ("start – end").
 */
export function EventDates({
  startDate,
  endDate,
  lang,
}: {
  startDate: string
  endDate?: string | null
  lang: Locale
}) {
  const localeTag = LOCALE_TAGS[lang]
  return (
    <span className="event-dates" data-testid="event-dates">
      <LocalTime dateTime={startDate} localeTag={localeTag} />
      {endDate ? (
        <>
          {' – '}
          <LocalTime dateTime={endDate} localeTag={localeTag} />
        </>
      ) : null}
    </span>
  )
}
