import type { Metadata } from 'next'

import { RegisterForm } from '../../../../../components/library/AccountForms'
import { libraryTranslator } from '../../../../../i18n'
import { LOCALE_TAGS } from '../../../../../i18n/locales'
import { countryOptions } from '../../../../../library/countries'
import { resolveLang } from '../../../../../library/lang'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = libraryTranslator(await resolveLang(params))
  return { title: t('account.registerTitle') }
}

export default async function RegisterPage({ params }: Props) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  return (
    <div className="container">
      <h1>{t('account.registerTitle')}</h1>
      <p className="lead">{t('account.registerLead')}</p>
      <RegisterForm
        lang={lang}
        labels={{
          submit: t('account.submitRegister'),
          fields: [
            { name: 'name', label: t('account.name'), isRequired: true, autoComplete: 'name' },
            {
              name: 'email',
              label: t('account.email'),
              type: 'email',
              isRequired: true,
              autoComplete: 'email',
            },
            {
              name: 'password',
              label: t('account.password'),
              type: 'password',
              hint: t('account.passwordHint'),
              isRequired: true,
              autoComplete: 'new-password',
            },
            {
              name: 'outlet',
              label: t('account.outlet'),
              isRequired: true,
              autoComplete: 'organization',
            },
            {
              name: 'country',
              label: t('account.country'),
              isRequired: true,
              autoComplete: 'country',
              options: countryOptions(LOCALE_TAGS[lang]),
            },
            { name: 'pressCardNumber', label: t('account.pressCardNumber') },
          ],
        }}
      />
    </div>
  )
}
