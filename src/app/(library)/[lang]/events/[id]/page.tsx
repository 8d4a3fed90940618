import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EmbargoNotice } from '../../../../../components/library/EmbargoNotice'
import { EventDates } from '../../../../../components/library/EventDates'
import { FallbackNotice } from '../../../../../components/library/FallbackNotice'
import { ItemBadges } from '../../../../../components/library/ItemBadges'
import { ItemDates } from '../../../../../components/library/ItemDates'
import { ItemSection } from '../../../../../components/library/ItemSection'
import { ItemAside } from '../../../../../components/library/ItemAside'
import { agencyRow } from '../../../../../components/library/MetaList'
import { LeadPicture } from '../../../../../components/library/PictureView'
import { StructuredData } from '../../../../../components/library/StructuredData'
import { libraryTranslator, type LibraryKey } from '../../../../../i18n'
import { LOCALE_TAGS, isLocale } from '../../../../../i18n/locales'
import { albumCard, articleCard, mediaCard } from '../../../../../library/albumsEvents'
import { gatherEvent } from '../../../../../library/eventGathering'
import { pictureOfMedia, readItem } from '../../../../../library/content'
import { routeDocument, type LibraryPageProps } from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'
import { itemJsonLd, itemMetadata } from '../../../../../library/seo/publicView'
import type { Topic } from '../../../../../payload-types'

type Props = LibraryPageProps<{ id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, value: id, doc: event } = await readEvent({ params })
  if (!event) return {}
  return itemMetadata({ collection: 'events', id, lang, title: event.title })
}

/**
 * An event: its dates in the reader's time zone, place, cover and description, then what names
 * it — articles, albums, videos, photos, publications — each only what the reader may see.
 */
export default async function EventPage({ params }: Props) {
  const { lang, doc: event } = await readEvent({ params })
  if (!event) notFound()
  const t = libraryTranslator(lang)
  const reader = await getReader()
  const served = isLocale(event.servedLocale) ? event.servedLocale : lang
  const gathered = await gatherEvent({
    as: { kind: 'reader', payload: reader.payload, user: reader.user },
    eventId: event.id,
    locale: lang,
  })
  const now = reader.now
  const cover = typeof event.cover === 'object' && event.cover ? event.cover : null
  const picture = cover ? pictureOfMedia({ media: cover, size: 'web' }) : null
  const topics = (event.topics ?? []).filter((item): item is Topic => typeof item === 'object')
  const agency = typeof event.agency === 'object' ? event.agency : null
  const jsonLd = await itemJsonLd({ collection: 'events', id: String(event.id), lang })
  const sections = [
    {
      id: 'event-articles',
      title: t('events.articles'),
      cards: gathered.articles.map((article) => articleCard({ article, lang, now })),
    },
    {
      id: 'event-albums',
      title: t('events.albums'),
      cards: gathered.albums.map((album) => albumCard({ album, lang, now })),
    },
    {
      id: 'event-videos',
      title: t('events.videos'),
      cards: gathered.videos.map((media) => mediaCard({ media, lang, now })),
    },
    {
      id: 'event-photos',
      title: t('events.photos'),
      cards: gathered.photos.map((media) => mediaCard({ media, lang, now })),
    },
    {
      id: 'event-publications',
      title: t('events.publications'),
      cards: gathered.publications.map((media) => mediaCard({ media, lang, now })),
    },
  ]

  return (
    <div className="container">
      <StructuredData data={jsonLd} />
      <FallbackNotice requested={lang} served={served} t={t} />
      <EmbargoNotice embargoUntil={event.embargoUntil} now={now} lang={lang} t={t} />
      <article lang={served === lang ? undefined : LOCALE_TAGS[served]}>
        <ItemBadges
          kindLabel={t(`eventKinds.${event.kind}` as LibraryKey)}
          isPressOnly={event.accessTier === 'press'}
          t={t}
        />
        <h1>{event.title}</h1>
        <p className="lead">
          <EventDates startDate={event.startDate} endDate={event.endDate} lang={lang} />
          {event.place?.name ? ` · ${event.place.name}` : null}
        </p>
        <ItemDates collection="events" id={event.id} served={served} lang={lang} t={t} />
        <div className="item-layout">
          <div>
            {picture ? (
              <figure style={{ margin: '0 0 1.5rem' }}>
                <LeadPicture picture={picture} />
              </figure>
            ) : null}
            {event.description ? (
              <p style={{ whiteSpace: 'pre-line' }}>{event.description}</p>
            ) : null}
            {sections.every((section) => section.cards.length === 0) ? (
              <p className="notice">{t('events.nothing')}</p>
            ) : null}
            {sections.map((section) => (
              <ItemSection key={section.id} {...section} lang={lang} t={t} />
            ))}
          </div>
          <ItemAside
            rows={[
              { term: t('events.kind'), value: t(`eventKinds.${event.kind}` as LibraryKey) },
              event.place?.name ? { term: t('item.place'), value: event.place.name } : null,
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

function readEvent({ params }: Pick<Props, 'params'>) {
  return routeDocument({
    params,
    key: 'id',
    read: async ({ lang, value }) =>
      readItem({ reader: await getReader(), collection: 'events', id: value, lang }),
  })
}
