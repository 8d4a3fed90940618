import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AlbumBasketButton } from '../../../../../components/library/AlbumBasketButton'
import { EmbargoNotice } from '../../../../../components/library/EmbargoNotice'
import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { ItemBadges } from '../../../../../components/library/ItemBadges'
import { ItemDates } from '../../../../../components/library/ItemDates'
import { ItemSection } from '../../../../../components/library/ItemSection'
import { ItemAside } from '../../../../../components/library/ItemAside'
import { MediaGallery } from '../../../../../components/library/MediaGallery'
import { agencyRow, eventRow } from '../../../../../components/library/MetaList'
import { LeadPicture } from '../../../../../components/library/PictureView'
import { StructuredData } from '../../../../../components/library/StructuredData'
import { libraryTranslator } from '../../../../../i18n'
import { LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { articleCard } from '../../../../../library/albumsEvents'
import { albumEntries } from '../../../../../library/eventGathering'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { routeDocument, type LibraryPageProps } from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'
import { itemJsonLd, itemMetadata } from '../../../../../library/seo/publicView'
import type { Topic } from '../../../../../payload-types'

type Props = LibraryPageProps<{ id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, value: id, doc: album } = await readAlbum({ params })
  if (!album) return {}
  return itemMetadata({ collection: 'albums', id, lang, title: album.title })
}

/**
 * An album: its cover and description, then its photos, videos and publications (each only if
 * the reader may see it) and its articles; beside it the event, place, agency and topics. A
 * journalist can put all its files in the basket at once.
 */
export default async function AlbumPage({ params }: Props) {
  const { lang, doc: album } = await readAlbum({ params })
  if (!album) notFound()
  const t = libraryTranslator(lang)
  const reader = await getReader()
  const served = isLocale(album.servedLocale) ? album.servedLocale : lang
  const entries = albumEntries({ album })
  const media = entries.flatMap((entry) => (entry.relationTo === 'media' ? [entry.doc] : []))
  const articles = entries.flatMap((entry) =>
    entry.relationTo === 'articles'
      ? [articleCard({ article: entry.doc, lang, now: reader.now })]
      : [],
  )
  const cover = typeof album.cover === 'object' && album.cover ? album.cover : null
  const picture = cover ? pictureOfMedia({ media: cover, size: 'web' }) : null
  const topics = (album.topics ?? []).filter((item): item is Topic => typeof item === 'object')
  const agency = typeof album.agency === 'object' ? album.agency : null
  const jsonLd = await itemJsonLd({ collection: 'albums', id: String(album.id), lang })
  const returnTo = `/${lang}/albums/${album.id}`

  return (
    <div className="container">
      <StructuredData data={jsonLd} />
      <FallbackNotice requested={lang} served={served} t={t} />
      <EmbargoNotice embargoUntil={album.embargoUntil} now={reader.now} lang={lang} t={t} />
      <article lang={served === lang ? undefined : LOCALE_TAGS[served]}>
        <ItemBadges kindLabel={t('types.album')} isPressOnly={album.accessTier === 'press'} t={t} />
        <h1>{album.title}</h1>
        <ItemDates collection="albums" id={album.id} served={served} lang={lang} t={t} />
        {album.description ? (
          <p className="lead" style={{ whiteSpace: 'pre-line' }}>
            {album.description}
          </p>
        ) : null}
        <div className="item-layout">
          <div>
            {picture ? (
              <figure style={{ margin: '0 0 1.5rem' }}>
                <LeadPicture picture={picture} />
              </figure>
            ) : null}
            {media.length > 0 ? (
              <section aria-labelledby="album-items-heading">
                <h2 id="album-items-heading">{t('albums.items')}</h2>
                <p className="card__meta">{t('albums.itemCount', { count: media.length })}</p>
                <AlbumBasketButton albumId={album.id} lang={lang} t={t} />
                <MediaGallery media={media} lang={lang} t={t} returnTo={returnTo} />
              </section>
            ) : null}
            <ItemSection
              id="album-articles-heading"
              title={t('events.articles')}
              cards={articles}
              lang={lang}
              t={t}
            />
          </div>
          <ItemAside
            rows={[
              eventRow({ event: album.event, lang, t }),
              album.place?.name ? { term: t('item.place'), value: album.place.name } : null,
              agencyRow({ agency, lang, t }),
            ]}
            topics={topics}
            lang={lang}
            t={t}
          />
        </div>
      </article>
    </div>
  )
}

function readAlbum({ params }: Pick<Props, 'params'>) {
  return routeDocument({
    params,
    key: 'id',
    read: async ({ lang, value }) =>
      readItem({ reader: await getReader(), collection: 'albums', id: value, lang }),
  })
}
