import type { Metadata } from 'next'
import type { JSX, ReactNode } from 'react'

import type { LibraryKey, LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'
import { accountFormLabels, type AccountFormKind } from '../../library/accountFields'
import { libraryPage, privatePageMetadata, type LibraryPageProps } from '../../library/libraryPage'
import { AccountForm } from './AccountForms'

/** The frame every account page shares: its title, a lead line when it has one, its content. */
export function AccountPageFrame({
  title,
  lead,
  children,
}: {
  title: string
  lead?: string
  children: ReactNode
}) {
  return (
    <div className="container">
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  )
}

/**
 * An account form with its fields labelled on the server, in the reader's language (the form
 * itself runs in the browser, where there is no translator).
 */
export function TranslatedAccountForm({
  form,
  lang,
  t,
  hidden,
}: {
  form: AccountFormKind
  lang: Locale
  t: LibraryTranslator
  hidden?: Record<string, string>
}) {
  return (
    <AccountForm
      form={form}
      lang={lang}
      labels={accountFormLabels({ form, lang, t })}
      hidden={hidden}
    />
  )
}

/**
 * An account page that is one form under a title and a lead line (forgot-password, the
 * confirmation link again), with its metadata, for the route files.
 */
export function accountFormRoute({
  form,
  titleKey,
  leadKey,
}: {
  form: AccountFormKind
  titleKey: LibraryKey
  leadKey: LibraryKey
}): {
  generateMetadata: (props: { params: Promise<{ lang: string }> }) => Promise<Metadata>
  Page: (props: LibraryPageProps) => Promise<JSX.Element>
} {
  return {
    generateMetadata: privatePageMetadata({ titleKey }),
    Page: async ({ params }) => {
      const { lang, t } = await libraryPage({ params })
      return (
        <AccountPageFrame title={t(titleKey)} lead={t(leadKey)}>
          <TranslatedAccountForm form={form} lang={lang} t={t} />
        </AccountPageFrame>
      )
    },
  }
}
