import { InvalidParameterError } from '../../errors/AppError'
import { documentIdOf, expectedOneOf, localeParam, oneOfParam } from '../../http/params'
import type { Locale } from '../../i18n/locales'
import { DOWNLOAD_VARIANTS, type DownloadVariant } from './entitlements'
import { RENDITION_EXTENSIONS, RENDITION_FORMATS, type RenditionFormat } from '../upload/renditions'
import { WEB_VIDEO_RENDITION } from '../video/webVideo'

/** The still formats, and a video's web rendition (src/media/video/webVideo.ts). */
export type ServedFormat = RenditionFormat | typeof WEB_VIDEO_RENDITION.format

export const SERVED_FORMATS: readonly ServedFormat[] = [
  ...RENDITION_FORMATS,
  WEB_VIDEO_RENDITION.format,
]

/** The file extension of each served format, as rendition file names and URLs carry it. */
export const SERVED_EXTENSIONS: Record<ServedFormat, string> = {
  ...RENDITION_EXTENSIONS,
  [WEB_VIDEO_RENDITION.format]: WEB_VIDEO_RENDITION.extension,
}

/** A media file request, checked. */
export type MediaFileParams = {
  /** The item, or null when the route cannot name one (answered as not found). */
  id: string | null
  variant: DownloadVariant
  /** `null`: not asked for; the endpoint serves the variant's usual format. */
  format: ServedFormat | null
  /** The language of the texts written into the file. */
  locale: Locale
}

/**
 * Reads `GET /api/library/media/:id/download?rendition&format&locale`. `rendition` defaults
 * to `web`, `locale` to `defaultLocale` (the caller's `Accept-Language`); a bad value of any of
 * them is the translated 400.
 */
export function parseDownloadParams({
  id,
  searchParams,
  defaultLocale,
}: {
  id: unknown
  searchParams: URLSearchParams
  defaultLocale: Locale
}): MediaFileParams {
  const variant = oneOfParam({
    name: 'rendition',
    value: searchParams.get('rendition'),
    values: DOWNLOAD_VARIANTS,
    fallback: 'web',
  })
  const format =
    oneOfParam({ name: 'format', value: searchParams.get('format'), values: SERVED_FORMATS }) ??
    null
  return {
    variant,
    format,
    locale: localeParam({ value: searchParams.get('locale'), fallback: defaultLocale }),
    id: routeId(id),
  }
}

/**
 * Reads `GET /api/media/:id/renditions/<size>.<extension>`: `name` is a display size (never
 * the original) and a served format's extension, such as `web.webp` or `web.mp4`.
 */
export function parseRenditionParams({
  id,
  name,
  searchParams,
  defaultLocale,
}: {
  id: unknown
  name: unknown
  searchParams: URLSearchParams
  defaultLocale: Locale
}): MediaFileParams & { format: ServedFormat } {
  const file = RENDITION_FILES.get(typeof name === 'string' ? name : '')
  if (!file) {
    throw new InvalidParameterError({
      name: 'name',
      expected: expectedOneOf({ values: [...RENDITION_FILES.keys()] }),
    })
  }
  return {
    ...file,
    locale: localeParam({ value: searchParams.get('locale'), fallback: defaultLocale }),
    id: routeId(id),
  }
}

/**
 * Every `<size>.<extension>` the renditions route serves, and what it names. A size without
 * such a file (a photo's `web.mp4`) is answered 404 by the endpoint, not here.
 */
const RENDITION_FILES = new Map<string, { variant: DownloadVariant; format: ServedFormat }>(
  DOWNLOAD_VARIANTS.filter((variant) => variant !== 'original').flatMap((variant) =>
    SERVED_FORMATS.map((format) => [
      `${variant}.${SERVED_EXTENSIONS[format]}`,
      { variant, format },
    ]),
  ),
)

function routeId(id: unknown): string | null {
  return typeof id === 'string' || typeof id === 'number' ? documentIdOf({ value: id }) : null
}
