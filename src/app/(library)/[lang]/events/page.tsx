import type { Metadata } from 'next'

import { ItemSection } from '../../../../components/library/ItemSection'
import { eventCard, eventLists } from '../../../../library/albumsEvents'
import { languageAlternates } from '../../../../library/lang'
import { libraryPage, type LibraryPageProps } from '../../../../library/libraryPage'
import { getReader } from '../../../../library/reader'

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const { lang, t } = await libraryPage({ params })
  return {
    title: t('events.title'),
    description: t('events.lead'),
    alternates: languageAlternates({ lang, path: '/events' }),
  }
}

/** The events the reader may see: upcoming and current ones first, then past ones. */
export default async function EventsPage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  const { upcoming, past } = await eventLists({ reader, lang })
  const now = reader.now
  return (
    <div className="container">
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.lead')}</p>
      {upcoming.length === 0 && past.length === 0 ? (
        <p className="notice">{t('events.empty')}</p>
      ) : null}
      <ItemSection
        id="events-upcoming"
        title={t('events.upcoming')}
        cards={upcoming.map((event) => eventCard({ event, lang, now }))}
        lang={lang}
        t={t}
      />
      <ItemSection
        id="events-past"
        title={t('events.past')}
        cards={past.map((event) => eventCard({ event, lang, now }))}
        lang={lang}
        t={t}
      />
    </div>
  )
}
