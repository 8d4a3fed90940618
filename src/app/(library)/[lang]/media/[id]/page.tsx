import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CopyButton } from '../../../../../components/library/CopyButton'
import { DownloadPanel } from '../../../../../components/library/DownloadPanel'
import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { PictureView } from '../../../../../components/library/PictureView'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import { getReader } from '../../../../../library/reader'
import type { Media } from '../../../../../payload-types'

type Props = { params: Promise<{ lang: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { id } = await params
  const media = await readItem('media', id, lang)
  if (!media) return {}
  return {
    title: media.alt || media.caption?.slice(0, 80) || media.originalFilename || undefined,
    description: media.caption ?? undefined,
    alternates: languageAlternates({ lang, path: `/media/${id}` }),
  }
}

/**
 * A photo, video or publication: preview, caption, credit line to copy, usage terms, place and
 * date, and the downloads this reader is entitled to.
 */
export default async function MediaPage({ params }: Props) {
  const lang = await resolveLang(params)
  const { id } = await params
  const media = await readItem('media', id, lang)
  if (!media) notFound()
  const t = libraryTranslator(lang)
  const reader = await getReader()
  const served = isLocale(media.servedLocale) ? media.servedLocale : lang
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long' })
  const picture = pictureOfMedia({ media, size: 'web' })
  const agency = typeof media.agency === 'object' ? media.agency : null
  const title =
    media.alt || media.caption?.split('\n')[0]?.slice(0, 120) || t(`types.${media.kind}`)
  const video = videoSourceOf(media)

  return (
    <div className="container">
      <FallbackNotice requested={lang} served={served} t={t} />
      <p>
        <span className="badge">{t(`types.${media.kind}`)}</span>
        {media.accessTier === 'press' ? (
          <span className="badge badge--press"> · {t('item.tierPress')}</span>
        ) : null}
      </p>
      <h1 lang={served === lang ? undefined : LOCALE_TAGS[served]}>{title}</h1>
      <div className="item-layout">
        <div>
          <div className="media-preview">
            {video ? (
              <video
                controls
                preload="metadata"
                poster={picture?.src}
                width={picture?.width}
                height={picture?.height}
                aria-label={media.alt ?? undefined}
              >
                <source src={video.src} type={video.type} />
              </video>
            ) : picture ? (
              <PictureView
                picture={picture}
                isAboveTheFold
                sizes="(max-width: 52rem) 100vw, 48rem"
              />
            ) : (
              <p style={{ color: '#fff', padding: '2rem' }}>{t('item.noPreview')}</p>
            )}
          </div>
          {media.caption ? (
            <section
              aria-labelledby="caption-heading"
              lang={served === lang ? undefined : LOCALE_TAGS[served]}
            >
              <h2 id="caption-heading">{t('item.caption')}</h2>
              <p style={{ whiteSpace: 'pre-line' }}>{media.caption}</p>
            </section>
          ) : null}
          {media.credit ? (
            <section aria-labelledby="credit-heading">
              <h2 id="credit-heading">{t('item.credit')}</h2>
              <div className="credit-line">
                <code data-testid="credit-line">{media.credit}</code>
                <CopyButton
                  text={media.credit}
                  label={t('item.copyCredit')}
                  copiedLabel={t('item.copied')}
                />
              </div>
            </section>
          ) : null}
          {media.usageTerms ? (
            <section aria-labelledby="terms-heading">
              <h2 id="terms-heading">{t('item.usageTerms')}</h2>
              <p style={{ whiteSpace: 'pre-line' }}>{media.usageTerms}</p>
            </section>
          ) : null}
        </div>
        <aside>
          <DownloadPanel media={media} lang={lang} t={t} reader={reader} />
          <div className="aside-box">
            <dl className="meta-list">
              {media.creator ? (
                <>
                  <dt>{t('item.creator')}</dt>
                  <dd>{media.creator}</dd>
                </>
              ) : null}
              {media.copyrightNotice ? (
                <>
                  <dt>{t('item.copyright')}</dt>
                  <dd>{media.copyrightNotice}</dd>
                </>
              ) : null}
              {media.licence ? (
                <>
                  <dt>{t('item.licence')}</dt>
                  {/* i18next reads dots as nesting: "cc-by-4.0" is keyed "cc-by-4_0". */}
                  <dd>{t(`licences.${media.licence.replace(/\./g, '_')}` as LibraryKey)}</dd>
                </>
              ) : null}
              {media.placeShown ? (
                <>
                  <dt>{t('item.place')}</dt>
                  <dd>{media.placeShown}</dd>
                </>
              ) : null}
              {media.dateTaken ? (
                <>
                  <dt>{t('item.dateTaken')}</dt>
                  <dd>{dateFormat.format(new Date(media.dateTaken))}</dd>
                </>
              ) : null}
              {media.width && media.height ? (
                <>
                  <dt>{t('item.dimensionsLabel')}</dt>
                  <dd>{t('item.dimensions', { width: media.width, height: media.height })}</dd>
                </>
              ) : null}
              {agency ? (
                <>
                  <dt>{t('item.agency')}</dt>
                  <dd>
                    <a href={`/${lang}/agencies/${agency.code}`}>{agency.name}</a>
                  </dd>
                </>
              ) : null}
            </dl>
          </div>
          {(media.keywords ?? []).length > 0 ? (
            <div className="aside-box">
              <h2>{t('item.keywords')}</h2>
              <ul className="tag-list">
                {(media.keywords ?? []).map((keyword) => (
                  <li key={keyword}>
                    <a href={`/${lang}/search?q=${encodeURIComponent(keyword)}`}>{keyword}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  )
}

/** The playable web rendition of a video, when the transcoding job has made one. */
function videoSourceOf(media: Media): { src: string; type: string } | null {
  if (media.kind !== 'video') return null
  const renditions = (media.renditions ?? []) as Array<{
    size: string
    format: string
    url?: string | null
    mimeType?: string
  }>
  const web = renditions.find((rendition) => rendition.size === 'web' && rendition.format === 'mp4')
  return web?.url ? { src: web.url, type: 'video/mp4' } : null
}
