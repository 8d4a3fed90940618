import type { Metadata } from 'next'

import { AccessibilityStatement } from '../../../../components/library/AccessibilityStatement'
import { languageAlternates } from '../../../../library/lang'
import { libraryPage, type LibraryPageProps } from '../../../../library/libraryPage'

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const { lang, t } = await libraryPage({ params })
  return {
    title: t('accessibility.title'),
    alternates: languageAlternates({ lang, path: '/accessibility' }),
  }
}

/** The accessibility statement, in the reader's language (linked from every page's footer). */
export default async function AccessibilityPage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  return <AccessibilityStatement lang={lang} t={t} />
}
