import type { Metadata } from 'next'

import { ItemCards } from '../../../../components/library/ItemCards'
import { albumCards } from '../../../../library/albumsEvents'
import { languageAlternates } from '../../../../library/lang'
import { libraryPage, type LibraryPageProps } from '../../../../library/libraryPage'
import { getReader } from '../../../../library/reader'

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const { lang, t } = await libraryPage({ params })
  return {
    title: t('albums.title'),
    description: t('albums.lead'),
    alternates: languageAlternates({ lang, path: '/albums' }),
  }
}

/** The albums the reader may see, newest first. */
export default async function AlbumsPage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const cards = await albumCards({ reader: await getReader(), lang })
  return (
    <div className="container">
      <h1>{t('albums.title')}</h1>
      <p className="lead">{t('albums.lead')}</p>
      {cards.length === 0 ? (
        <p className="notice">{t('albums.empty')}</p>
      ) : (
        <ItemCards cards={cards} lang={lang} t={t} headingLevel={2} eagerCount={4} />
      )}
    </div>
  )
}
