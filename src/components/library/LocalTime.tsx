'use client'

import { useSyncExternalStore } from 'react'

import {
  formatLocalTime,
  LIBRARY_FALLBACK_TIME_ZONE,
  runtimeTimeZone,
} from '../../library/localTime'

/**
 * A moment in the reader's own time zone, with the zone named. The server renders it on the
 * province's clock (it cannot know the reader's zone, and a cached page is shared); in the
 * browser it is rewritten in the browser's zone once hydrated. `dateTime` stays machine-readable.
 */
export function LocalTime({ dateTime, localeTag }: { dateTime: string; localeTag: string }) {
  const timeZone = useSyncExternalStore(neverChanges, runtimeTimeZone, serverTimeZone)
  return (
    <time dateTime={dateTime} data-time-zone={timeZone}>
      {formatLocalTime({ dateTime, localeTag, timeZone })}
    </time>
  )
}

/** The zone does not change while a page is open. */
function neverChanges(): () => void {
  return () => undefined
}

function serverTimeZone(): string {
  return LIBRARY_FALLBACK_TIME_ZONE
}
