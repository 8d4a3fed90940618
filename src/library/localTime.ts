/**
 * The zone a time is shown in until the reader's browser says its own: the province's clock
 * (UTC+7 all year, as the admin's `ADMIN_TIME_ZONE`). The server cannot know the reader's zone.
 */
export const LIBRARY_FALLBACK_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * A moment as a reader of `localeTag` writes it — date, hour and minute — in `timeZone`, with
 * the zone named ("2025年3月21日 14:05 インドシナ時間"), so a time is never read in the wrong
 * zone. An unknown zone (a browser reporting one this runtime lacks) falls back to
 * {@link LIBRARY_FALLBACK_TIME_ZONE}; an invalid date gives an empty string.
 */
export function formatLocalTime({
  dateTime,
  localeTag,
  timeZone,
}: {
  /** An ISO 8601 moment, as Payload stores dates. */
  dateTime: string
  /** A BCP 47 tag (`LOCALE_TAGS`). */
  localeTag: string
  /** An IANA zone, such as `Europe/Paris`. */
  timeZone: string
}): string {
  const moment = new Date(dateTime)
  if (Number.isNaN(moment.getTime())) return ''
  return formatterFor({ localeTag, timeZone }).format(moment)
}

/** The zone the reader's runtime runs in, or the fallback when it names none. */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || LIBRARY_FALLBACK_TIME_ZONE
}

function formatterFor({
  localeTag,
  timeZone,
}: {
  localeTag: string
  timeZone: string
}): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'long',
  }
  try {
    return new Intl.DateTimeFormat(localeTag, { ...options, timeZone })
  } catch (error) {
    // Only an unknown zone is expected here; anything else is a bug and goes on up.
    if (!(error instanceof RangeError)) throw error
    return new Intl.DateTimeFormat(localeTag, { ...options, timeZone: LIBRARY_FALLBACK_TIME_ZONE })
  }
}
