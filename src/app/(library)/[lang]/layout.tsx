import './library.css'

import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'

import { LanguageSwitcher } from '../../../components/library/LanguageSwitcher'
import { SiteFooter } from '../../../components/library/SiteFooter'
import { SiteHeader } from '../../../components/library/SiteHeader'
import { getEnv } from '../../../env'
import { libraryTranslator } from '../../../i18n'
import { LOCALE_TAGS } from '../../../i18n/locales'
import { getSiteInfo } from '../../../library/content'
import { resolveLang } from '../../../library/lang'
import { getReader } from '../../../library/reader'

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>
}): Promise<Metadata> {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  const site = await getSiteInfo({ reader: await getReader(), lang })
  const title = site.databaseName || t('site.title')
  return {
    // Relative URLs in any page's tags resolve against the configured public address.
    metadataBase: new URL(getEnv().publicUrl),
    title: { default: title, template: `%s · ${title}` },
    description: t('site.tagline', { province: site.provinceName }),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The public library's root layout: `<html lang>` in the reader's language, header, footer. */
export default async function LibraryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  const reader = await getReader()
  const site = await getSiteInfo({ reader, lang })
  return (
    <html lang={LOCALE_TAGS[lang]}>
      <body>
        <a className="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <Suspense>
          <LanguageSwitcher lang={lang} label={t('site.language')} />
        </Suspense>
        <SiteHeader lang={lang} t={t} site={site} reader={reader} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} t={t} site={site} />
      </body>
    </html>
  )
}
