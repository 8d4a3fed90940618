import { InvalidParameterError } from '../errors/AppError'
import { idParam, presentParam, type RawParam } from '../http/params'
import { isCalendarDay } from './period'

/** The longest period the statistics cover in one request: five years and a day or two. */
export const MAX_PERIOD_DAYS = 1830

/** The query of `GET /api/reports/statistics`, checked. */
export type StatisticsParams = { from: string; to: string; agencyCode?: string }

/**
 * Reads `from` and `to` (required days, `YYYY-MM-DD`, `from` no later than `to`, at most
 * {@link MAX_PERIOD_DAYS} days) and `agency` (an agency's code, optional). Throws the translated
 * 400 naming the first bad parameter.
 */
export function parseStatisticsParams({
  from,
  to,
  agency,
}: {
  from: RawParam
  to: RawParam
  agency: RawParam
}): StatisticsParams {
  const first = dayParam({ name: 'from', value: from })
  const last = dayParam({ name: 'to', value: to })
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1
  if (days < 1 || days > MAX_PERIOD_DAYS) {
    throw new InvalidParameterError({
      name: 'to',
      expected: { key: 'statistics.expectedPeriod', params: { max: MAX_PERIOD_DAYS } },
    })
  }
  const agencyCode = idParam({ name: 'agency', value: agency })
  return { from: first, to: last, ...(agencyCode === undefined ? {} : { agencyCode }) }
}

function dayParam({ name, value }: { name: string; value: RawParam }): string {
  const text = presentParam(value)
  if (text === undefined || !isCalendarDay(text))
    throw new InvalidParameterError({ name, expected: { key: 'statistics.expectedDay' } })
  return text
}
