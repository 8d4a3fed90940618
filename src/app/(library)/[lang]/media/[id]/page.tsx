import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BasketButton } from '../../../../../components/library/BasketButton'
import { CopyButton } from '../../../../../components/library/CopyButton'
import { DownloadPanel } from '../../../../../components/library/DownloadPanel'
import { EmbargoNotice } from '../../../../../components/library/EmbargoNotice'
import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { ItemBadges } from '../../../../../components/library/ItemBadges'
import { ItemDates } from '../../../../../components/library/ItemDates'
import { AsideLinks, topicLinks, type ListedLink } from '../../../../../components/library/LinkList'
import { MetaList, agencyRow, eventRow } from '../../../../../components/library/MetaList'
import { PressContactBox } from '../../../../../components/library/PressContact'
import { LeadPicture } from '../../../../../components/library/PictureView'
import { StructuredData } from '../../../../../components/library/StructuredData'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALE_LABELS, LOCALE_TAGS, isLocale, type Locale } from '../../../../../i18n/locales'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { routeDocument, type LibraryPageProps } from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'
import { itemJsonLd, itemMetadata } from '../../../../../library/seo/publicView'
import { creditInLanguage } from '../../../../../library/mediaCredit'
import { variantBytes } from '../../../../../library/basket/basketItems'
import type { DownloadVariant } from '../../../../../media/download/entitlements'
import { mediaTitle, writtenTitle } from '../../../../../media/metadata/mediaTitle'
import type { Media, Topic } from '../../../../../payload-types'

type Props = LibraryPageProps<{ id: string }>

/** The sizes a journalist may put in the basket from an item's page (what the item has of them). */
const BASKET_VARIANTS: DownloadVariant[] = ['web', 'large', 'original']

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, value: id, doc: media } = await readMedia({ params })
  if (!media) return {}
  return itemMetadata({ collection: 'media', id, lang, title: mediaTitle({ item: media }) })
}

/**
 * A photo, video or publication: preview, caption, credit line to copy, usage terms, place and
 * date, and the downloads this reader is entitled to.
 */
export default async function MediaPage({ params }: Props) {
  const { lang, doc: media } = await readMedia({ params })
  if (!media) notFound()
  const t = libraryTranslator(lang)
  const reader = await getReader()
  const served = isLocale(media.servedLocale) ? media.servedLocale : lang
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long' })
  const picture = pictureOfMedia({ media, size: 'web' })
  const agency = typeof media.agency === 'object' ? media.agency : null
  // The headline; without one, the alternative text or the caption's first line.
  const title = writtenTitle({ item: media }) ?? t(`types.${media.kind}`)
  const credit = await creditInLanguage({ reader, media, lang: served })
  const topics = (media.topics ?? []).filter((item): item is Topic => typeof item === 'object')
  const video = videoSourceOf(media)
  const jsonLd = await itemJsonLd({ collection: 'media', id: String(media.id), lang })

  return (
    <div className="container">
      <StructuredData data={jsonLd} />
      <FallbackNotice requested={lang} served={served} t={t} />
      <EmbargoNotice embargoUntil={media.embargoUntil} now={reader.now} lang={lang} t={t} />
      <ItemBadges
        kindLabel={t(`types.${media.kind}`)}
        isPressOnly={media.accessTier === 'press'}
        t={t}
      />
      <h1 lang={served === lang ? undefined : LOCALE_TAGS[served]}>{title}</h1>
      <ItemDates collection="media" id={media.id} served={served} lang={lang} t={t} />
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
                aria-label={media.alt || title}
              >
                <source src={video.src} type={video.type} />
              </video>
            ) : picture ? (
              // The photo is the page's content: lacking alternative text, its title names it.
              <LeadPicture picture={{ ...picture, alt: picture.alt || title }} />
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
          {credit ? (
            <section aria-labelledby="credit-heading">
              <h2 id="credit-heading">{t('item.credit')}</h2>
              <div className="credit-line">
                <code data-testid="credit-line">{credit}</code>
                <CopyButton
                  text={credit}
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
          <BasketButton
            mediaId={media.id}
            lang={lang}
            t={t}
            returnTo={`/${lang}/media/${media.id}`}
            variants={BASKET_VARIANTS.filter(
              (variant) => variantBytes({ media, variant }) !== null,
            )}
          />
          <MetaList
            rows={[
              media.creator ? { term: t('item.creator'), value: media.creator } : null,
              media.copyrightNotice
                ? { term: t('item.copyright'), value: media.copyrightNotice }
                : null,
              media.licence
                ? {
                    term: t('item.licence'),
                    // i18next reads dots as nesting: "cc-by-4.0" is keyed "cc-by-4_0".
                    value: t(`licences.${media.licence.replace(/\./g, '_')}` as LibraryKey),
                  }
                : null,
              media.placeShown ? { term: t('item.place'), value: media.placeShown } : null,
              media.dateTaken
                ? { term: t('item.dateTaken'), value: dateFormat.format(new Date(media.dateTaken)) }
                : null,
              media.width && media.height
                ? {
                    term: t('item.dimensionsLabel'),
                    value: t('item.dimensions', { width: media.width, height: media.height }),
                  }
                : null,
              agencyRow({ agency, lang, t }),
              eventRow({ event: media.event, lang, t }),
            ]}
          />
          <AsideLinks
            title={t('item.topics')}
            className="tag-list"
            links={topicLinks({ lang, topics })}
          />
          <AsideLinks
            title={t('item.keywords')}
            className="tag-list"
            links={(media.keywords ?? []).map((keyword) => ({
              key: keyword,
              href: `/${lang}/search?q=${encodeURIComponent(keyword)}`,
              label: keyword,
            }))}
          />
          <AsideLinks title={t('item.editions')} links={editionLinks({ media, lang })} />
          <PressContactBox lang={lang} t={t} />
        </aside>
      </div>
    </div>
  )
}

function readMedia({ params }: Pick<Props, 'params'>) {
  return routeDocument({
    params,
    key: 'id',
    read: async ({ lang, value }) =>
      readItem({ reader: await getReader(), collection: 'media', id: value, lang }),
  })
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

/**
 * The other language editions of a publication the reader may see (unreadable ones are removed
 * when the item is read), each named in its own language and marked as such.
 */
function editionLinks({ media, lang }: { media: Media; lang: Locale }): ListedLink[] {
  return (media.editions ?? []).flatMap((edition) => {
    if (typeof edition !== 'object' || !edition) return []
    const language = edition.documentLanguage
    return [
      {
        key: edition.id,
        href: `/${lang}/media/${edition.id}`,
        label: language ? LOCALE_LABELS[language] : mediaTitle({ item: edition }),
        lang: language ? LOCALE_TAGS[language] : undefined,
      },
    ]
  })
}
