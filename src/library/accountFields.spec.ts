import { describe, expect, it } from 'vitest'

import { libraryTranslator } from '../i18n'
import { accountFormLabels } from './accountFields'

describe('accountFormLabels', () => {
  it('labels the login form in the reader’s language, the browser filling in the current password', () => {
    expect(accountFormLabels({ form: 'login', lang: 'en', t: libraryTranslator('en') })).toEqual({
      submit: 'Log in',
      resendLink: 'Send the confirmation link again',
      fields: [
        {
          name: 'email',
          label: 'E-mail address',
          type: 'email',
          isRequired: true,
          autoComplete: 'email',
        },
        {
          name: 'password',
          label: 'Password',
          type: 'password',
          isRequired: true,
          autoComplete: 'current-password',
        },
      ],
    })
  })

  it('asks a new journalist for a new password with its rules, and for a country by name', () => {
    const { fields } = accountFormLabels({
      form: 'register',
      lang: 'fr',
      t: libraryTranslator('fr'),
    })
    expect(fields.map(({ name }) => name)).toEqual([
      'name',
      'email',
      'password',
      'outlet',
      'country',
      'pressCardNumber',
    ])
    const password = fields.find(({ name }) => name === 'password')!
    expect(password.autoComplete).toBe('new-password')
    expect(password.hint).toBe(libraryTranslator('fr')('account.passwordHint'))
    const country = fields.find(({ name }) => name === 'country')!
    expect(country.options).toContainEqual({ value: 'VN', label: 'Vietnam' })
    expect(fields.find(({ name }) => name === 'pressCardNumber')).toEqual({
      name: 'pressCardNumber',
      label: libraryTranslator('fr')('account.pressCardNumber'),
    })
  })

  it('asks for the new password twice on the reset form', () => {
    const { submit, fields } = accountFormLabels({
      form: 'resetPassword',
      lang: 'vi',
      t: libraryTranslator('vi'),
    })
    expect(submit).toBe(libraryTranslator('vi')('account.submitReset'))
    expect(fields.map(({ name, autoComplete }) => [name, autoComplete])).toEqual([
      ['password', 'new-password'],
      ['passwordRepeat', 'new-password'],
    ])
  })
})
