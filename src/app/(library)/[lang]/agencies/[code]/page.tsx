import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CollectionPage } from '../../../../../components/library/CollectionPage'
import { libraryTranslator } from '../../../../../i18n'
import { latestCards, readByKey } from '../../../../../library/content'
import { languageAlternates, resolveLang } from '../../../../../library/lang'
import { getReader } from '../../../../../library/reader'

type Props = { params: Promise<{ lang: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await resolveLang(params)
  const { code } = await params
  const agency = await readByKey('agencies', code, lang)
  if (!agency) return {}
  return { title: agency.name, alternates: languageAlternates({ lang, path: `/agencies/${code}` }) }
}

/** A contributing agency: its newest items and a link to everything it supplied. */
export default async function AgencyPage({ params }: Props) {
  const lang = await resolveLang(params)
  const { code } = await params
  const agency = await readByKey('agencies', code, lang)
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
