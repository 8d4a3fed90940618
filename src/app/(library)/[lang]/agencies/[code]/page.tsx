import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { slugs } from '../../../../../../collections/slugs'
import { CollectionPage } from '../../../../../components/library/CollectionPage'
import { libraryTranslator } from '../../../../../i18n'
import type { Locale } from '../../../../../i18n/locales'
import { latestCards } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import { getReader, readerOptions } from '../../../../../library/reader'
import type { Agency } from '../../../../../payload-types'

type Props = { params: Promise<{ lang: string; code: string }> }

const loadAgency = cache(async (lang: Locale, code: string): Promise<Agency | null> => {
  const reader = await getReader()
  const { docs } = await reader.payload.find({
    collection: slugs.agencies,
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    locale: lang,
    ...readerOptions(reader),
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { code } = await params
  const agency = await loadAgency(lang, code)
  if (!agency) return {}
  return { title: agency.name, alternates: languageAlternates({ lang, path: `/agencies/${code}` }) }
}

/** A contributing agency: its newest items and a link to everything it supplied. */
export default async function AgencyPage({ params }: Props) {
  const lang = await resolveLang(params)
  const { code } = await params
  const agency = await loadAgency(lang, code)
  if (!agency) notFound()
  const t = libraryTranslator(lang)
  const cards = await latestCards({
    reader: await getReader(),
    lang,
    limit: 24,
    agency: [String(agency.id)],
  })
  return (
    <CollectionPage
      lang={lang}
      t={t}
      kicker={t('search.facetAgency')}
      title={agency.name}
      description={agency.website}
      cards={cards}
      searchAllHref={`/${lang}/search?agency=${agency.id}&sort=newest`}
    />
  )
}
