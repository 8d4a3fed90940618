import { INFO_TYPES } from '../../collections/vocabularies'
import { NotFoundError } from '../errors/AppError'
import { localeParam, oneOfParam, presentParam } from '../http/params'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'

/** The feed formats, by the path segment that asks for them. */
export const FEED_FORMATS = ['rss', 'atom', 'jsonfeed'] as const

export type FeedFormat = (typeof FEED_FORMATS)[number]

/** The route and query of `GET /api/syndication/:format`, checked. */
export type FeedParams = {
  format: FeedFormat
  locale: Locale
  infoType: string | null
  /** A topic's slug, matched as it is (an unknown one selects nothing). */
  topic: string | null
}

/**
 * Reads a feed request: a format that is not one of {@link FEED_FORMATS} is a 404 (the path
 * names no feed), a bad `locale` or `infoType` a translated 400. `locale` defaults to
 * Vietnamese, the province's own language, whatever the caller's `Accept-Language`.
 */
export function parseFeedParams({
  format,
  searchParams,
}: {
  format: unknown
  searchParams: URLSearchParams
}): FeedParams {
  const feedFormat = FEED_FORMATS.find((candidate) => candidate === format)
  if (!feedFormat) throw new NotFoundError()
  return {
    format: feedFormat,
    locale: localeParam({ value: searchParams.get('locale'), fallback: DEFAULT_LOCALE }),
    infoType:
      oneOfParam({
        name: 'infoType',
        value: searchParams.get('infoType'),
        values: INFO_TYPES.map(({ value }) => value),
      }) ?? null,
    topic: presentParam(searchParams.get('topic')) ?? null,
  }
}
